-- The analytics' stored events for the bench workspace, made once (bench/run runs this after the
-- data is there; it does nothing when the workspace already has them). The chats' creations are
-- in chat_stage_moves already (V17 backfills them); this adds:
--   answers: three waits per answered chat (its last, and two earlier ones), so ~2 per chat;
--   moves: every chat past the funnel's first stage came there from it, between its start and
--   its last activity.
do $$
declare
    ws uuid := current_setting('bench.ws')::uuid;
begin
    if exists (select 1 from chat_responses where workspace_id = ws limit 1) then
        return;
    end if;
    insert into chat_responses (workspace_id, id, chat_id, channel_id, user_id, seconds, answered_at)
    select c.workspace_id, gen_random_uuid(), c.id, c.channel_id, c.responsible_id,
           greatest(0, (c.last_response_seconds * (0.5 + random()))::int),
           c.last_activity_at - k * random() * (c.last_activity_at - c.created_at) / 2
    from chats c, generate_series(0, 2) k
    where c.workspace_id = ws and c.last_response_seconds is not null;
    insert into chat_stage_moves (workspace_id, chat_id, from_stage_id, to_stage_id, moved_at)
    select c.workspace_id, c.id, f.id, c.stage_id, c.created_at + random() * (c.last_activity_at - c.created_at)
    from chats c
    cross join lateral (select s.id from stages s where s.workspace_id = ws order by s.position, s.id limit 1) f
    where c.workspace_id = ws and c.stage_id <> f.id;
end $$;
