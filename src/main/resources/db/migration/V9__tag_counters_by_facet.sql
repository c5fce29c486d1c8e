-- Counters per tag, kept per the same facets as chat_counters (channel, responsible, stage,
-- source type, category): a count with one tag and any of those filters is then a sum of
-- maintained rows — measured, "busiest channel + busiest responsible + most used tag"
-- counted 240 ms by walking the chats. And the pairs trigger writes only the pairs that
-- change: a mass action adding a tag no longer rewrites the pairs of the tags a chat had.

drop trigger chats_tags_insert on chats;
drop trigger chats_tags_update on chats;
drop trigger chats_tags_delete on chats;
drop function chat_tags_on_insert();
drop function chat_tags_on_update();
drop function chat_tags_on_delete();
drop table tag_counters;

create table tag_counters (
    workspace_id    uuid not null,
    tag_id          uuid not null,
    channel_id      uuid not null,
    responsible_id  uuid not null, -- the nil uuid stands for "nobody"
    stage_id        uuid not null, -- the nil uuid stands for "no stage"
    source_type     text not null,
    category        text not null,
    chats           bigint not null default 0,
    unread          bigint not null default 0,
    awaiting        bigint not null default 0,
    unread_awaiting bigint not null default 0,
    primary key (workspace_id, tag_id, channel_id, responsible_id, stage_id, source_type, category)
);

insert into tag_counters
select c.workspace_id, t, c.channel_id,
       coalesce(c.responsible_id, '00000000-0000-0000-0000-000000000000'::uuid),
       coalesce(c.stage_id, '00000000-0000-0000-0000-000000000000'::uuid),
       c.source_type, c.category, count(*),
       count(*) filter (where c.unread_count > 0),
       count(*) filter (where c.awaiting_reply_since is not null),
       count(*) filter (where c.unread_count > 0 and c.awaiting_reply_since is not null)
from chats c, unnest(c.tag_ids) t
group by 1, 2, 3, 4, 5, 6, 7;

create function chat_tags_on_update() returns trigger language plpgsql as $$
begin
    with o as (
        select workspace_id, id, tag_ids, category, last_activity_at, channel_id,
               coalesce(responsible_id, '00000000-0000-0000-0000-000000000000'::uuid) as responsible_id,
               coalesce(stage_id, '00000000-0000-0000-0000-000000000000'::uuid) as stage_id, source_type,
               (unread_count > 0)::int as u, (awaiting_reply_since is not null)::int as a
        from old_rows where tag_ids <> '{}'),
    n as (
        select workspace_id, id, tag_ids, category, last_activity_at, channel_id,
               coalesce(responsible_id, '00000000-0000-0000-0000-000000000000'::uuid) as responsible_id,
               coalesce(stage_id, '00000000-0000-0000-0000-000000000000'::uuid) as stage_id, source_type,
               (unread_count > 0)::int as u, (awaiting_reply_since is not null)::int as a
        from new_rows where tag_ids <> '{}'),
    changed as (
        select o.workspace_id as o_ws, o.id as o_id, o.tag_ids as o_tags, o.category as o_category,
               o.last_activity_at as o_activity, o.channel_id as o_channel, o.responsible_id as o_responsible,
               o.stage_id as o_stage, o.source_type as o_source, o.u as o_u, o.a as o_a,
               n.workspace_id as n_ws, n.id as n_id, n.tag_ids as n_tags, n.category as n_category,
               n.last_activity_at as n_activity, n.channel_id as n_channel, n.responsible_id as n_responsible,
               n.stage_id as n_stage, n.source_type as n_source, n.u as n_u, n.a as n_a
        from o full join n on n.workspace_id = o.workspace_id and n.id = o.id
        where o.id is null or n.id is null
           or (o.tag_ids, o.category, o.last_activity_at, o.channel_id, o.responsible_id, o.stage_id,
               o.source_type, o.u, o.a)
              is distinct from (n.tag_ids, n.category, n.last_activity_at, n.channel_id, n.responsible_id,
                                n.stage_id, n.source_type, n.u, n.a)),
    gone as (
        delete from chat_tags t
        using changed d, unnest(d.o_tags) g
        where d.o_id is not null and t.workspace_id = d.o_ws and t.tag_id = g and t.chat_id = d.o_id
          and (d.n_tags is null or g <> all(d.n_tags))),
    kept as (
        -- a pair is written only when it is new or the chat's tab or activity moved
        insert into chat_tags (workspace_id, tag_id, chat_id, category, last_activity_at)
        select d.n_ws, g, d.n_id, d.n_category, d.n_activity
        from changed d, unnest(d.n_tags) g
        where d.n_id is not null
          and (d.o_id is null or g <> all(d.o_tags) or d.o_category <> d.n_category
               or d.o_activity <> d.n_activity)
        on conflict (workspace_id, tag_id, chat_id) do update
        set category = excluded.category, last_activity_at = excluded.last_activity_at)
    insert into tag_counters as k (workspace_id, tag_id, channel_id, responsible_id, stage_id, source_type, category,
                                   chats, unread, awaiting, unread_awaiting)
    select ws, tag, channel, responsible, stage, source, category, sum(s), sum(u), sum(a), sum(ua)
    from (select d.o_ws as ws, g as tag, d.o_channel as channel, d.o_responsible as responsible, d.o_stage as stage,
                 d.o_source as source, d.o_category as category, -1 as s, -d.o_u as u, -d.o_a as a,
                 -(d.o_u * d.o_a) as ua
          from changed d, unnest(d.o_tags) g where d.o_id is not null
          union all
          select d.n_ws, g, d.n_channel, d.n_responsible, d.n_stage, d.n_source, d.n_category, 1, d.n_u, d.n_a,
                 d.n_u * d.n_a
          from changed d, unnest(d.n_tags) g where d.n_id is not null) x
    group by ws, tag, channel, responsible, stage, source, category
    having sum(s) <> 0 or sum(u) <> 0 or sum(a) <> 0 or sum(ua) <> 0
    order by ws, tag, channel, responsible, stage, source, category
    on conflict (workspace_id, tag_id, channel_id, responsible_id, stage_id, source_type, category)
    do update set chats = k.chats + excluded.chats, unread = k.unread + excluded.unread,
                  awaiting = k.awaiting + excluded.awaiting,
                  unread_awaiting = k.unread_awaiting + excluded.unread_awaiting;
    return null;
end $$;

create function chat_tags_on_insert() returns trigger language plpgsql as $$
begin
    insert into chat_tags (workspace_id, tag_id, chat_id, category, last_activity_at)
    select n.workspace_id, g, n.id, n.category, n.last_activity_at
    from new_rows n, unnest(n.tag_ids) g;

    insert into tag_counters as k (workspace_id, tag_id, channel_id, responsible_id, stage_id, source_type, category,
                                   chats, unread, awaiting, unread_awaiting)
    select n.workspace_id, g, n.channel_id,
           coalesce(n.responsible_id, '00000000-0000-0000-0000-000000000000'::uuid),
           coalesce(n.stage_id, '00000000-0000-0000-0000-000000000000'::uuid),
           n.source_type, n.category, count(*), count(*) filter (where n.unread_count > 0),
           count(*) filter (where n.awaiting_reply_since is not null),
           count(*) filter (where n.unread_count > 0 and n.awaiting_reply_since is not null)
    from new_rows n, unnest(n.tag_ids) g
    group by 1, 2, 3, 4, 5, 6, 7
    order by 1, 2, 3, 4, 5, 6, 7
    on conflict (workspace_id, tag_id, channel_id, responsible_id, stage_id, source_type, category)
    do update set chats = k.chats + excluded.chats, unread = k.unread + excluded.unread,
                  awaiting = k.awaiting + excluded.awaiting,
                  unread_awaiting = k.unread_awaiting + excluded.unread_awaiting;
    return null;
end $$;

create function chat_tags_on_delete() returns trigger language plpgsql as $$
begin
    delete from chat_tags t
    using old_rows o, unnest(o.tag_ids) g
    where t.workspace_id = o.workspace_id and t.tag_id = g and t.chat_id = o.id;

    update tag_counters k
    set chats = k.chats - d.n, unread = k.unread - d.u, awaiting = k.awaiting - d.a,
        unread_awaiting = k.unread_awaiting - d.ua
    from (select o.workspace_id, g as tag_id, o.channel_id,
                 coalesce(o.responsible_id, '00000000-0000-0000-0000-000000000000'::uuid) as responsible_id,
                 coalesce(o.stage_id, '00000000-0000-0000-0000-000000000000'::uuid) as stage_id,
                 o.source_type, o.category, count(*) as n,
                 count(*) filter (where o.unread_count > 0) as u,
                 count(*) filter (where o.awaiting_reply_since is not null) as a,
                 count(*) filter (where o.unread_count > 0 and o.awaiting_reply_since is not null) as ua
          from old_rows o, unnest(o.tag_ids) g group by 1, 2, 3, 4, 5, 6, 7) d
    where k.workspace_id = d.workspace_id and k.tag_id = d.tag_id and k.channel_id = d.channel_id
      and k.responsible_id = d.responsible_id and k.stage_id = d.stage_id and k.source_type = d.source_type
      and k.category = d.category;
    return null;
end $$;

create trigger chats_tags_insert after insert on chats
    referencing new table as new_rows for each statement execute function chat_tags_on_insert();
create trigger chats_tags_update after update on chats
    referencing new table as new_rows old table as old_rows for each statement execute function chat_tags_on_update();
create trigger chats_tags_delete after delete on chats
    referencing old table as old_rows for each statement execute function chat_tags_on_delete();
