-- Facet counters: the tab counters are kept per (channel, responsible, stage, source type,
-- category), with how many of those chats are unread, awaiting a reply, or both. So the
-- counters of a filter by channel (type), responsible, stage, source type and state are
-- sums of a few hundred maintained rows, never a count over a million chats; measured in
-- bench/RESULTS.md, counting with LIMIT fell into the planner's trap of scanning the whole
-- table for a combination that matches nothing.

drop trigger chats_counters_insert on chats;
drop trigger chats_counters_update on chats;
drop trigger chats_counters_delete on chats;
drop function chat_counters_apply();
drop function chat_counters_on_insert();
drop function chat_counters_on_delete();
drop table chat_counters;

create table chat_counters (
    workspace_id    uuid not null,
    channel_id      uuid not null,
    responsible_id  uuid not null, -- the nil uuid stands for "nobody"
    stage_id        uuid not null, -- the nil uuid stands for "no stage"
    source_type     text not null,
    category        text not null,
    chats           bigint not null default 0,
    unread          bigint not null default 0,
    awaiting        bigint not null default 0,
    unread_awaiting bigint not null default 0,
    primary key (workspace_id, channel_id, responsible_id, stage_id, source_type, category)
);

-- One chat's contribution to its facet row.
create view chat_facets as
select workspace_id, channel_id,
       coalesce(responsible_id, '00000000-0000-0000-0000-000000000000'::uuid) as responsible_id,
       coalesce(stage_id, '00000000-0000-0000-0000-000000000000'::uuid) as stage_id,
       source_type, category,
       (unread_count > 0)::int as unread,
       (awaiting_reply_since is not null)::int as awaiting,
       (unread_count > 0 and awaiting_reply_since is not null)::int as unread_awaiting
from chats;

insert into chat_counters
select workspace_id, channel_id, responsible_id, stage_id, source_type, category,
       count(*), sum(unread), sum(awaiting), sum(unread_awaiting)
from chat_facets
group by 1, 2, 3, 4, 5, 6;

-- A statement's changes are summed per facet row and applied in key order, so two
-- statements never wait on each other's counter rows in a circle.
create function chat_counters_apply() returns trigger language plpgsql as $$
begin
    insert into chat_counters as c (workspace_id, channel_id, responsible_id, stage_id, source_type, category,
                                    chats, unread, awaiting, unread_awaiting)
    select workspace_id, channel_id, responsible_id, stage_id, source_type, category,
           sum(d_chats), sum(d_unread), sum(d_awaiting), sum(d_unread_awaiting)
    from (
        select workspace_id, channel_id,
               coalesce(responsible_id, '00000000-0000-0000-0000-000000000000'::uuid) as responsible_id,
               coalesce(stage_id, '00000000-0000-0000-0000-000000000000'::uuid) as stage_id,
               source_type, category, 1 as d_chats, (unread_count > 0)::int as d_unread,
               (awaiting_reply_since is not null)::int as d_awaiting,
               (unread_count > 0 and awaiting_reply_since is not null)::int as d_unread_awaiting
        from new_rows
        union all
        select workspace_id, channel_id,
               coalesce(responsible_id, '00000000-0000-0000-0000-000000000000'::uuid),
               coalesce(stage_id, '00000000-0000-0000-0000-000000000000'::uuid),
               source_type, category, -1, -((unread_count > 0)::int),
               -((awaiting_reply_since is not null)::int),
               -((unread_count > 0 and awaiting_reply_since is not null)::int)
        from old_rows
    ) d
    group by workspace_id, channel_id, responsible_id, stage_id, source_type, category
    having sum(d_chats) <> 0 or sum(d_unread) <> 0 or sum(d_awaiting) <> 0 or sum(d_unread_awaiting) <> 0
    order by workspace_id, channel_id, responsible_id, stage_id, source_type, category
    on conflict (workspace_id, channel_id, responsible_id, stage_id, source_type, category)
    do update set chats = c.chats + excluded.chats, unread = c.unread + excluded.unread,
                  awaiting = c.awaiting + excluded.awaiting,
                  unread_awaiting = c.unread_awaiting + excluded.unread_awaiting;
    return null;
end $$;

create function chat_counters_on_insert() returns trigger language plpgsql as $$
begin
    insert into chat_counters as c (workspace_id, channel_id, responsible_id, stage_id, source_type, category,
                                    chats, unread, awaiting, unread_awaiting)
    select workspace_id, channel_id,
           coalesce(responsible_id, '00000000-0000-0000-0000-000000000000'::uuid),
           coalesce(stage_id, '00000000-0000-0000-0000-000000000000'::uuid),
           source_type, category, count(*), count(*) filter (where unread_count > 0),
           count(*) filter (where awaiting_reply_since is not null),
           count(*) filter (where unread_count > 0 and awaiting_reply_since is not null)
    from new_rows
    group by 1, 2, 3, 4, 5, 6
    order by 1, 2, 3, 4, 5, 6
    on conflict (workspace_id, channel_id, responsible_id, stage_id, source_type, category)
    do update set chats = c.chats + excluded.chats, unread = c.unread + excluded.unread,
                  awaiting = c.awaiting + excluded.awaiting,
                  unread_awaiting = c.unread_awaiting + excluded.unread_awaiting;
    return null;
end $$;

create function chat_counters_on_delete() returns trigger language plpgsql as $$
begin
    update chat_counters c
    set chats = c.chats - d.n, unread = c.unread - d.u, awaiting = c.awaiting - d.a,
        unread_awaiting = c.unread_awaiting - d.ua
    from (select workspace_id, channel_id,
                 coalesce(responsible_id, '00000000-0000-0000-0000-000000000000'::uuid) as responsible_id,
                 coalesce(stage_id, '00000000-0000-0000-0000-000000000000'::uuid) as stage_id,
                 source_type, category, count(*) as n, count(*) filter (where unread_count > 0) as u,
                 count(*) filter (where awaiting_reply_since is not null) as a,
                 count(*) filter (where unread_count > 0 and awaiting_reply_since is not null) as ua
          from old_rows group by 1, 2, 3, 4, 5, 6) d
    where c.workspace_id = d.workspace_id and c.channel_id = d.channel_id and c.responsible_id = d.responsible_id
      and c.stage_id = d.stage_id and c.source_type = d.source_type and c.category = d.category;
    return null;
end $$;

create trigger chats_counters_insert after insert on chats
    referencing new table as new_rows for each statement execute function chat_counters_on_insert();
create trigger chats_counters_update after update on chats
    referencing new table as new_rows old table as old_rows for each statement execute function chat_counters_apply();
create trigger chats_counters_delete after delete on chats
    referencing old table as old_rows for each statement execute function chat_counters_on_delete();

drop view chat_facets;

-- A tag id is a UUID of its own workspace, so the tag alone is a slice of one workspace; a
-- workspace column in front made every tag search intersect a posting list of all the
-- workspace's chats (51 ms against 13 ms for a tag on 143,000 of a million chats).
drop index if exists chats_tags;
create index if not exists chats_tag_ids on chats using gin (tag_ids);
