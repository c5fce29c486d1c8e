-- Templates: a workspace's (owner_id null) and each user's own. A shortcut is typed as
-- "/shortcut" in the composer, so it names one template among those a user can pick:
-- unique among the workspace's, and among each user's own.
create unique index templates_shortcut on templates
    (workspace_id, coalesce(owner_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(shortcut))
    where shortcut is not null;
create index templates_title on templates (workspace_id, lower(title), id);

-- The stop-list: a client, a post (comments under it), or a word; what matches goes
-- straight to the archive and nobody is told.
create table stoplist (
    workspace_id uuid not null references workspaces (id),
    id           uuid not null,
    kind         text not null check (kind in ('client', 'post', 'word')),
    value        text not null,
    created_by   uuid,
    created_at   timestamptz not null default now(),
    primary key (workspace_id, id)
);
create unique index stoplist_value on stoplist (workspace_id, kind, lower(value));

-- Writing first finds the client we may already know: by phone or e-mail on their card, or
-- by the username of their identity on the channel.
create index clients_phone on clients (workspace_id, phone) where phone is not null;
create index clients_email on clients (workspace_id, lower(email)) where email is not null;
create index client_identities_username on client_identities (workspace_id, channel_id, lower(username))
    where username is not null;
