-- An admin can pause a channel without losing its settings; the hook then asks the
-- platform to try later. What the channel last heard, and the last call it refused,
-- are kept to show whether the platform reaches it (written at most once a minute).
alter table channels
    add column disabled_at     timestamptz,
    add column last_event_at   timestamptz,
    add column last_problem    text,
    add column last_problem_at timestamptz;
