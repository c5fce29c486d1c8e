-- Outgoing webhooks: a workspace's subscribers to its chat and message events, each call
-- signed with the webhook's secret and retried until a 2xx; a webhook failing for a day is
-- disabled with the reason kept for its admins.
create table webhooks (
    workspace_id    uuid not null references workspaces (id),
    id              uuid not null,
    url             text not null,
    events          text[] not null,
    secret          text not null,
    created_at      timestamptz not null default now(),
    failing_since   timestamptz,
    disabled_at     timestamptz,
    disabled_reason text,
    deleted_at      timestamptz,
    primary key (workspace_id, id)
);
create index webhooks_live on webhooks (workspace_id) where deleted_at is null and disabled_at is null;

-- One row per event and webhook: what was sent, how it went. The log pages by id (time-ordered).
create table webhook_deliveries (
    workspace_id uuid not null,
    id           uuid not null,
    webhook_id   uuid not null,
    event        text not null,
    payload      jsonb not null,
    status       text not null default 'pending' check (status in ('pending', 'delivered', 'failed')),
    attempts     integer not null default 0,
    last_status  integer,
    last_error   text,
    created_at   timestamptz not null default now(),
    delivered_at timestamptz,
    primary key (workspace_id, id),
    foreign key (workspace_id, webhook_id) references webhooks (workspace_id, id)
);
create index webhook_deliveries_log on webhook_deliveries (workspace_id, webhook_id, id desc);
