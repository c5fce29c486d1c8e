-- Who is online: each node keeps a row per user with an open live stream on it, touched
-- every half minute; a row not touched for 90 seconds is a node that went away. Automatic
-- assignment picks among the online operators of a channel, the one assigned longest ago.
create table presence (
    workspace_id uuid not null,
    user_id      uuid not null,
    node         uuid not null,
    seen_at      timestamptz not null default now(),
    primary key (workspace_id, user_id, node),
    foreign key (workspace_id, user_id) references users (workspace_id, id) on delete cascade
);

alter table users add column last_auto_assigned_at timestamptz;
