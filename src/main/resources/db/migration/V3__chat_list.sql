-- The chat list at full power: every filter and sort of the API has an index to walk or
-- to combine. The list runs in one of two shapes (see ChatList): an ordered walk of one of
-- the (workspace, category, …, sort key, id) indexes, or a bitmap of the filter indexes
-- below followed by a sort of the few rows that match.

-- btree_gin lets a GIN index start with the workspace, like every other index.
create extension if not exists btree_gin;

-- Ordered walks: one channel, the longest waiting first, the highest price first.
create index chats_category_channel_activity
    on chats (workspace_id, category, channel_id, last_activity_at desc, id desc);
create index chats_category_waiting
    on chats (workspace_id, category, (coalesce(awaiting_reply_since, 'infinity'::timestamptz)), id);
create index chats_category_price
    on chats (workspace_id, category, (coalesce(price_amount, -1)) desc, id desc);

-- Filters that are rare more often than not: tags, stages, tasks.
create index chats_tags on chats using gin (workspace_id, tag_ids);
create index chats_stage on chats (workspace_id, stage_id, category);
create index chats_task_due on chats (workspace_id, next_task_due_at) where open_tasks > 0;
create index tasks_chat_due on tasks (workspace_id, due_at, chat_id) where not done;

-- Client search: trigrams of the normalised search text, within the workspace.
create index clients_search on clients using gin (workspace_id, search_text gin_trgm_ops);
drop index clients_search_trgm;
