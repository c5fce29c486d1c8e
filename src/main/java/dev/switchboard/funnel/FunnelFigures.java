package dev.switchboard.funnel;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The funnel in a period, from the chats' stage moves: how many chats entered each stage,
 * how many of those went on to a later stage of work or success, and the moves between stages;
 * and the new chats per day and channel, days counted in the workspace's time zone.
 */
@Repository
class FunnelFigures {

    private final JdbcClient db;

    FunnelFigures(JdbcClient db) {
        this.db = db;
    }

    /** A stage's chats that entered it in the period, and of those, the ones that went on (by the period's end). */
    record Entered(long entered, long wentOn) {
    }

    Map<UUID, Entered> entered(UUID workspaceId, Instant from, Instant to) {
        record Row(UUID stage, Entered figures) {
        }
        // one pass over the period's moves: for each, the furthest stage of work or success the chat reached after it
        return db.sql("""
                with moves as (
                    select m.id, m.chat_id, m.to_stage_id, m.moved_at, s.position,
                           case when s.grp in ('active', 'success') then s.position end as onward
                    from chat_stage_moves m
                    join stages s on s.workspace_id = m.workspace_id and s.id = m.to_stage_id
                    where m.workspace_id = :ws and m.moved_at >= :from and m.moved_at < :to
                ), reached as (
                    select chat_id, to_stage_id, position,
                           max(onward) over (partition by chat_id order by moved_at, id
                                             rows between 1 following and unbounded following) as furthest
                    from moves
                )
                select to_stage_id as stage_id, count(distinct chat_id) as entered,
                       count(distinct chat_id) filter (where furthest > position) as went_on
                from reached
                group by to_stage_id
                """)
                .param("ws", workspaceId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> new Row(rs.getObject("stage_id", UUID.class),
                        new Entered(rs.getLong("entered"), rs.getLong("went_on"))))
                .list().stream().collect(Collectors.toMap(Row::stage, Row::figures));
    }

    /** How many chats moved from one stage to another in the period. */
    record Move(UUID from, UUID to, long chats) {
    }

    List<Move> moves(UUID workspaceId, Instant from, Instant to) {
        return db.sql("""
                select from_stage_id, to_stage_id, count(distinct chat_id) as chats
                from chat_stage_moves
                where workspace_id = :ws and moved_at >= :from and moved_at < :to and from_stage_id is not null
                group by from_stage_id, to_stage_id
                order by chats desc
                """)
                .param("ws", workspaceId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> new Move(rs.getObject("from_stage_id", UUID.class),
                        rs.getObject("to_stage_id", UUID.class), rs.getLong("chats")))
                .list();
    }

    /** New chats of one day (in the workspace's time zone) on one channel. */
    record NewChats(LocalDate day, UUID channelId, @Nullable String channel, @Nullable String type, long chats) {
    }

    List<NewChats> newChats(UUID workspaceId, String zone, Instant from, Instant to) {
        return db.sql("""
                select (c.created_at at time zone :zone)::date as day, c.channel_id, min(ch.name) as name,
                       min(ch.type) as type, count(*) as chats
                from chats c
                left join channels ch on ch.workspace_id = c.workspace_id and ch.id = c.channel_id
                where c.workspace_id = :ws and c.created_at >= :from and c.created_at < :to
                group by 1, 2
                order by 1, 2
                """)
                .param("ws", workspaceId).param("zone", zone).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, n) -> new NewChats(rs.getObject("day", LocalDate.class), rs.getObject("channel_id", UUID.class),
                        rs.getString("name"), rs.getString("type"), rs.getLong("chats")))
                .list();
    }
}
