-- Every answer to a client who was waiting: how long they waited, who answered, on which channel.
-- Response-time analytics (count, median, 90th percentile per operator or channel over a period)
-- read it along (workspace, answered_at).
create table chat_responses (
    workspace_id uuid        not null references workspaces (id),
    id           uuid        not null,
    chat_id      uuid        not null,
    channel_id   uuid        not null,
    user_id      uuid,
    seconds      integer     not null check (seconds >= 0),
    answered_at  timestamptz not null,
    primary key (workspace_id, id)
);

create index chat_responses_by_time on chat_responses (workspace_id, answered_at) include (user_id, channel_id, seconds);
