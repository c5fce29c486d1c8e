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

    /**
     * The period's whole quarter hours are summed from {@code chat_new_counts}; only the partial
     * quarter hours at its edges are counted from the chats. A quarter hour falls on one day in
     * every time zone, as every zone's midnight falls on a quarter hour.
     */
    List<NewChats> newChats(UUID workspaceId, String zone, Instant from, Instant to) {
        Instant firstQuarter = quarterCeiling(from);
        Instant lastQuarter = quarterFloor(to);
        if (!firstQuarter.isBefore(lastQuarter)) {
            // shorter than a quarter hour: all from the chats
            firstQuarter = to;
            lastQuarter = to;
        }
        return db.sql("""
                with counted as (
                    select quarter as at, channel_id, chats from chat_new_counts
                    where workspace_id = :ws and quarter >= :firstQuarter and quarter < :lastQuarter and chats <> 0
                    union all
                    select created_at, channel_id, 1 from chats
                    where workspace_id = :ws and created_at >= :from and created_at < :firstQuarter
                    union all
                    select created_at, channel_id, 1 from chats
                    where workspace_id = :ws and created_at >= :lastQuarter and created_at < :to
                ), days as (
                    select (at at time zone :zone)::date as day, channel_id, sum(chats) as chats
                    from counted group by 1, 2
                )
                select d.day, d.channel_id, ch.name, ch.type, d.chats
                from days d
                left join channels ch on ch.workspace_id = :ws and ch.id = d.channel_id
                where d.chats > 0
                order by d.day, d.channel_id
                """)
                .param("ws", workspaceId).param("zone", zone).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to)).param("firstQuarter", Timestamp.from(firstQuarter))
                .param("lastQuarter", Timestamp.from(lastQuarter))
                .query((rs, n) -> new NewChats(rs.getObject("day", LocalDate.class), rs.getObject("channel_id", UUID.class),
                        rs.getString("name"), rs.getString("type"), rs.getLong("chats")))
                .list();
    }

    static final long QUARTER = 900;

    static Instant quarterFloor(Instant at) {
        return Instant.ofEpochSecond(Math.floorDiv(at.getEpochSecond(), QUARTER) * QUARTER);
    }

    static Instant quarterCeiling(Instant at) {
        Instant floor = quarterFloor(at);
        return floor.equals(at) ? at : floor.plusSeconds(QUARTER);
    }
}
