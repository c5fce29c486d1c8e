-- New chats per quarter hour and channel, kept by triggers: the analytics of new chats per day sum
-- these rows (every time zone's midnight falls on a quarter hour) and read only the partial quarter
-- hours at a period's edges from the chats themselves. Measured in bench/RESULTS.md.
create table chat_new_counts (
    workspace_id uuid        not null,
    quarter      timestamptz not null,
    channel_id   uuid        not null,
    chats        integer     not null,
    primary key (workspace_id, quarter, channel_id)
);

create function chat_new_counts_on_insert() returns trigger language plpgsql as $$
begin
    insert into chat_new_counts (workspace_id, quarter, channel_id, chats)
    select workspace_id, date_bin('15 minutes', created_at, timestamptz '2000-01-01 00:00:00+00'), channel_id, count(*)
    from new_rows
    group by 1, 2, 3
    on conflict (workspace_id, quarter, channel_id) do update set chats = chat_new_counts.chats + excluded.chats;
    return null;
end $$;

-- A chat's creation time or channel never changes in the product; should a repair change them, the counts follow.
create function chat_new_counts_on_update() returns trigger language plpgsql as $$
begin
    with changed as (
        select o.workspace_id, date_bin('15 minutes', o.created_at, timestamptz '2000-01-01 00:00:00+00') as quarter,
               o.channel_id, -1 as delta
        from old_rows o join new_rows n on n.workspace_id = o.workspace_id and n.id = o.id
        where n.created_at is distinct from o.created_at or n.channel_id is distinct from o.channel_id
        union all
        select n.workspace_id, date_bin('15 minutes', n.created_at, timestamptz '2000-01-01 00:00:00+00'),
               n.channel_id, 1
        from old_rows o join new_rows n on n.workspace_id = o.workspace_id and n.id = o.id
        where n.created_at is distinct from o.created_at or n.channel_id is distinct from o.channel_id
    )
    insert into chat_new_counts (workspace_id, quarter, channel_id, chats)
    select workspace_id, quarter, channel_id, sum(delta) from changed group by 1, 2, 3
    on conflict (workspace_id, quarter, channel_id) do update set chats = chat_new_counts.chats + excluded.chats;
    return null;
end $$;

create trigger chats_new_counts_insert after insert on chats
    referencing new table as new_rows for each statement execute function chat_new_counts_on_insert();
create trigger chats_new_counts_update after update on chats
    referencing new table as new_rows old table as old_rows for each statement execute function chat_new_counts_on_update();

insert into chat_new_counts (workspace_id, quarter, channel_id, chats)
select workspace_id, date_bin('15 minutes', created_at, timestamptz '2000-01-01 00:00:00+00'), channel_id, count(*)
from chats
group by 1, 2, 3;
