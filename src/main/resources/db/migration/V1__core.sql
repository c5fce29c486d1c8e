-- Switchboard core schema.
-- Every tenant row carries workspace_id, and every primary key, unique key and index on
-- tenant rows starts with it, so one workspace is one slice of every table.
-- Ids are UUIDv7 made by the application: new rows land at the end of the indexes.

create extension if not exists pg_trgm;

create table workspaces (
    id                          uuid primary key,
    name                        text not null,
    country                     text not null default 'RU',
    timezone                    text not null default 'Europe/Moscow',
    locale                      text not null default 'ru',
    operators_see_all_chats     boolean not null default false,
    response_time_alert_seconds integer not null default 900,
    auto_assign                 boolean not null default false,
    settings                    jsonb not null default '{}',
    created_at                  timestamptz not null default now()
);

create table users (
    workspace_id  uuid not null references workspaces (id),
    id            uuid not null,
    name          text not null,
    email         text not null,
    password_hash text not null,
    role          text not null check (role in ('owner', 'admin', 'operator')),
    supervisor    boolean not null default false,
    active        boolean not null default true,
    created_at    timestamptz not null default now(),
    primary key (workspace_id, id)
);
-- Sign-in is by e-mail alone, so an e-mail is unique across workspaces (a global lookup key).
create unique index users_email_key on users (lower(email));

create table api_tokens (
    workspace_id uuid not null,
    id           uuid not null,
    user_id      uuid not null,
    name         text not null,
    token_hash   text not null,
    created_at   timestamptz not null default now(),
    last_used_at timestamptz,
    primary key (workspace_id, id),
    foreign key (workspace_id, user_id) references users (workspace_id, id) on delete cascade
);
-- A bearer token is presented alone: its hash is the global lookup key.
create unique index api_tokens_hash_key on api_tokens (token_hash);

create table channels (
    workspace_id uuid not null references workspaces (id),
    id           uuid not null,
    type         text not null check (type in ('telegram', 'whatsapp', 'vk', 'instagram', 'facebook', 'email', 'widget', 'api')),
    name         text not null,
    status       text not null default 'active',
    settings     jsonb not null default '{}',
    secret       text not null,
    created_at   timestamptz not null default now(),
    deleted_at   timestamptz,
    primary key (workspace_id, id)
);
-- Platforms call /hooks/{channelId} without a workspace: the channel id is the global lookup key.
create unique index channels_id_key on channels (id);

create table user_channels (
    workspace_id uuid not null,
    user_id      uuid not null,
    channel_id   uuid not null,
    primary key (workspace_id, user_id, channel_id),
    foreign key (workspace_id, user_id) references users (workspace_id, id) on delete cascade,
    foreign key (workspace_id, channel_id) references channels (workspace_id, id) on delete cascade
);

create table clients (
    workspace_id uuid not null references workspaces (id),
    id           uuid not null,
    name         text not null,
    phone        text,
    email        text,
    username     text,
    avatar_url   text,
    fields       jsonb not null default '{}',
    -- lower-cased name, username, e-mail and phone digits: what client search matches
    search_text  text not null default '',
    created_at   timestamptz not null default now(),
    primary key (workspace_id, id)
);
create index clients_search_trgm on clients using gin (search_text gin_trgm_ops);

-- One identity per channel a client wrote from: the platform's user id on that channel.
create table client_identities (
    workspace_id   uuid not null,
    channel_id     uuid not null,
    external_id    text not null,
    client_id      uuid not null,
    username       text,
    display_name   text,
    avatar_ref     text,
    created_at     timestamptz not null default now(),
    primary key (workspace_id, channel_id, external_id),
    foreign key (workspace_id, client_id) references clients (workspace_id, id) on delete cascade,
    foreign key (workspace_id, channel_id) references channels (workspace_id, id)
);
create index client_identities_client on client_identities (workspace_id, client_id);

create table stages (
    workspace_id uuid not null references workspaces (id),
    id           uuid not null,
    name         text not null,
    grp          text not null check (grp in ('active', 'success', 'failure', 'not_lead')),
    position     integer not null,
    primary key (workspace_id, id)
);

create table tags (
    workspace_id uuid not null references workspaces (id),
    id           uuid not null,
    name         text not null,
    color        text not null default '#64748b',
    primary key (workspace_id, id)
);
create unique index tags_name_key on tags (workspace_id, lower(name));

create table chats (
    workspace_id           uuid not null references workspaces (id),
    id                     uuid not null,
    channel_id             uuid not null,
    client_id              uuid not null,
    -- what the chat is about on the platform: the client's identity for direct messages,
    -- 'post:<id>:<client>' for a comment thread under a post
    thread_key             text not null,
    -- where the platform delivers our replies (e.g. a Telegram chat id)
    recipient              text not null,
    source_type            text not null default 'message' check (source_type in ('message', 'comment')),
    post                   jsonb,
    category               text not null default 'new' check (category in ('new', 'accepted', 'archive')),
    stage_id               uuid,
    responsible_id         uuid,
    price_amount           numeric(14, 2),
    price_currency         text,
    fields                 jsonb not null default '{}',
    tag_ids                uuid[] not null default '{}',
    unread_count           integer not null default 0,
    last_message_id        uuid,
    last_message_direction text,
    last_message_text      text,
    last_message_at        timestamptz,
    last_inbound_at        timestamptz,
    awaiting_reply_since   timestamptz,
    last_response_seconds  integer,
    open_tasks             integer not null default 0,
    next_task_id           uuid,
    next_task_text         text,
    next_task_due_at       timestamptz,
    last_activity_at       timestamptz not null default now(),
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now(),
    primary key (workspace_id, id),
    foreign key (workspace_id, channel_id) references channels (workspace_id, id),
    foreign key (workspace_id, client_id) references clients (workspace_id, id),
    foreign key (workspace_id, stage_id) references stages (workspace_id, id),
    foreign key (workspace_id, responsible_id) references users (workspace_id, id)
);
create unique index chats_thread_key on chats (workspace_id, channel_id, thread_key);
create index chats_category_activity on chats (workspace_id, category, last_activity_at desc, id desc);
create index chats_category_responsible_activity on chats (workspace_id, category, responsible_id, last_activity_at desc, id desc);
create index chats_client on chats (workspace_id, client_id);

create table messages (
    workspace_id    uuid not null,
    id              uuid not null,
    chat_id         uuid not null,
    channel_id      uuid not null,
    direction       text not null check (direction in ('in', 'out', 'note', 'event')),
    text            text,
    author_id       uuid,
    status          text check (status in ('queued', 'sent', 'delivered', 'read', 'failed')),
    error           text,
    external_id     text,
    reply_to        jsonb,
    event           jsonb,
    idempotency_key text,
    edited_at       timestamptz,
    created_at      timestamptz not null default now(),
    primary key (workspace_id, id),
    foreign key (workspace_id, chat_id) references chats (workspace_id, id) on delete cascade
);
create index messages_chat on messages (workspace_id, chat_id, id desc);
-- A platform message is stored once, whatever the platform repeats.
create unique index messages_inbound_external on messages (workspace_id, channel_id, external_id) where direction = 'in';
create index messages_outbound_external on messages (workspace_id, channel_id, external_id) where direction = 'out' and external_id is not null;
create unique index messages_idempotency on messages (workspace_id, chat_id, author_id, idempotency_key) where idempotency_key is not null;

create table attachments (
    workspace_id  uuid not null references workspaces (id),
    id            uuid not null,
    message_id    uuid,
    name          text not null,
    size          bigint,
    content_type  text not null default 'application/octet-stream',
    -- where the bytes are: a key in our storage, or (until fetched) the platform's file reference
    storage_key   text,
    platform_ref  text,
    created_by    uuid,
    created_at    timestamptz not null default now(),
    primary key (workspace_id, id)
);
create index attachments_message on attachments (workspace_id, message_id);

create table tasks (
    workspace_id uuid not null,
    id           uuid not null,
    chat_id      uuid not null,
    text         text not null,
    due_at       timestamptz,
    assignee_id  uuid,
    done         boolean not null default false,
    done_at      timestamptz,
    created_by   uuid,
    created_at   timestamptz not null default now(),
    primary key (workspace_id, id),
    foreign key (workspace_id, chat_id) references chats (workspace_id, id) on delete cascade
);
create index tasks_chat_open on tasks (workspace_id, chat_id, due_at) where not done;

create table templates (
    workspace_id uuid not null references workspaces (id),
    id           uuid not null,
    title        text not null,
    text         text not null,
    shortcut     text,
    owner_id     uuid,
    created_at   timestamptz not null default now(),
    primary key (workspace_id, id)
);

create table custom_fields (
    workspace_id uuid not null references workspaces (id),
    id           uuid not null,
    entity       text not null check (entity in ('chat', 'client')),
    key          text not null,
    label        text not null,
    type         text not null default 'text',
    position     integer not null default 0,
    primary key (workspace_id, id)
);
create unique index custom_fields_key on custom_fields (workspace_id, entity, key);

-- The tab counters: maintained per (channel, responsible, category) by a statement-level
-- trigger, so a screen never counts a million rows and a bulk update adjusts them once.
create table chat_counters (
    workspace_id   uuid not null,
    channel_id     uuid not null,
    responsible_id uuid not null, -- the nil uuid stands for "nobody"
    category       text not null,
    chats          bigint not null default 0,
    unread         bigint not null default 0,
    primary key (workspace_id, channel_id, responsible_id, category)
);

create function chat_counters_apply() returns trigger language plpgsql as $$
begin
    insert into chat_counters as c (workspace_id, channel_id, responsible_id, category, chats, unread)
    select workspace_id, channel_id, responsible_id, category, sum(d_chats), sum(d_unread)
    from (
        select workspace_id, channel_id, coalesce(responsible_id, '00000000-0000-0000-0000-000000000000'::uuid) as responsible_id,
               category, 1 as d_chats, (unread_count > 0)::int as d_unread
        from new_rows
        union all
        select workspace_id, channel_id, coalesce(responsible_id, '00000000-0000-0000-0000-000000000000'::uuid),
               category, -1, -((unread_count > 0)::int)
        from old_rows
    ) d
    group by workspace_id, channel_id, responsible_id, category
    having sum(d_chats) <> 0 or sum(d_unread) <> 0
    order by workspace_id, channel_id, responsible_id, category
    on conflict (workspace_id, channel_id, responsible_id, category)
    do update set chats = c.chats + excluded.chats, unread = c.unread + excluded.unread;
    return null;
end $$;

create function chat_counters_on_insert() returns trigger language plpgsql as $$
begin
    insert into chat_counters as c (workspace_id, channel_id, responsible_id, category, chats, unread)
    select workspace_id, channel_id, coalesce(responsible_id, '00000000-0000-0000-0000-000000000000'::uuid),
           category, count(*), count(*) filter (where unread_count > 0)
    from new_rows
    group by 1, 2, 3, 4
    order by 1, 2, 3, 4
    on conflict (workspace_id, channel_id, responsible_id, category)
    do update set chats = c.chats + excluded.chats, unread = c.unread + excluded.unread;
    return null;
end $$;

create function chat_counters_on_delete() returns trigger language plpgsql as $$
begin
    update chat_counters c set chats = c.chats - d.n, unread = c.unread - d.u
    from (select workspace_id, channel_id, coalesce(responsible_id, '00000000-0000-0000-0000-000000000000'::uuid) as responsible_id,
                 category, count(*) as n, count(*) filter (where unread_count > 0) as u
          from old_rows group by 1, 2, 3, 4) d
    where c.workspace_id = d.workspace_id and c.channel_id = d.channel_id
      and c.responsible_id = d.responsible_id and c.category = d.category;
    return null;
end $$;

create trigger chats_counters_insert after insert on chats
    referencing new table as new_rows for each statement execute function chat_counters_on_insert();
create trigger chats_counters_update after update on chats
    referencing new table as new_rows old table as old_rows for each statement execute function chat_counters_apply();
create trigger chats_counters_delete after delete on chats
    referencing old table as old_rows for each statement execute function chat_counters_on_delete();

-- db-scheduler's table: durable jobs for outbound delivery and retries.
create table scheduled_tasks (
    task_name            text not null,
    task_instance        text not null,
    task_data            bytea,
    execution_time       timestamptz not null,
    picked               boolean not null,
    picked_by            text,
    last_success         timestamptz,
    last_failure         timestamptz,
    consecutive_failures integer,
    last_heartbeat       timestamptz,
    version              bigint not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time_idx on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
