-- Every chat's way through the funnel: the stage it was made in, and each move to another
-- (by an operator, a mass action, or a category move). Written by statement-level triggers,
-- so no path that changes a stage can miss it, and a mass action costs one INSERT … SELECT.
-- The funnel analytics read it by period along (workspace, moved_at).
create table chat_stage_moves (
    workspace_id  uuid        not null,
    id            bigint      generated always as identity,
    chat_id       uuid        not null,
    from_stage_id uuid,
    to_stage_id   uuid        not null,
    moved_at      timestamptz not null,
    primary key (workspace_id, id)
);

create index chat_stage_moves_by_time on chat_stage_moves (workspace_id, moved_at) include (chat_id, from_stage_id, to_stage_id);
-- whether a chat went on from a stage: its later moves
create index chat_stage_moves_by_chat on chat_stage_moves (workspace_id, chat_id, moved_at) include (to_stage_id);

create function chat_stage_moves_on_insert() returns trigger language plpgsql as $$
begin
    insert into chat_stage_moves (workspace_id, chat_id, from_stage_id, to_stage_id, moved_at)
    select n.workspace_id, n.id, null, n.stage_id, n.created_at
    from new_rows n
    where n.stage_id is not null;
    return null;
end $$;

create function chat_stage_moves_on_update() returns trigger language plpgsql as $$
begin
    insert into chat_stage_moves (workspace_id, chat_id, from_stage_id, to_stage_id, moved_at)
    select n.workspace_id, n.id, o.stage_id, n.stage_id, now()
    from new_rows n
    join old_rows o on o.workspace_id = n.workspace_id and o.id = n.id
    where n.stage_id is not null and n.stage_id is distinct from o.stage_id;
    return null;
end $$;

create trigger chats_stage_moves_insert after insert on chats
    referencing new table as new_rows for each statement execute function chat_stage_moves_on_insert();
create trigger chats_stage_moves_update after update on chats
    referencing new table as new_rows old table as old_rows for each statement execute function chat_stage_moves_on_update();

-- The chats that began in a period, per channel and day: along (workspace, created_at).
create index chats_created on chats (workspace_id, created_at) include (channel_id);

-- The chats already there enter the funnel where they stand, when they were made.
insert into chat_stage_moves (workspace_id, chat_id, from_stage_id, to_stage_id, moved_at)
select workspace_id, id, null, stage_id, created_at from chats where stage_id is not null;
