package dev.switchboard.funnel;

import dev.switchboard.common.Ids;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How long clients waited for an answer: one row per answer to a waiting client, written in
 * the answer's transaction, read for the analytics by period along {@code (workspace, answered_at)}.
 */
@Repository
public class ResponseTimes {

    private final JdbcClient db;

    ResponseTimes(JdbcClient db) {
        this.db = db;
    }

    /** An operator answered a client who had waited {@code seconds}. */
    public void record(UUID workspaceId, UUID chatId, UUID channelId, @Nullable UUID userId, int seconds,
            Instant answeredAt) {
        db.sql("""
                insert into chat_responses (workspace_id, id, chat_id, channel_id, user_id, seconds, answered_at)
                values (:ws, :id, :chat, :channel, :user, :seconds, :at)
                """)
                .param("ws", workspaceId).param("id", Ids.next()).param("chat", chatId).param("channel", channelId)
                .param("user", userId).param("seconds", seconds).param("at", Timestamp.from(answeredAt))
                .update();
    }

    /** One operator's or channel's answers in a period: how many, and the median and 90th percentile wait. */
    public record Figures(@Nullable String id, @Nullable String name, long count, double medianSeconds,
            double p90Seconds) {

        /** Seconds to a tenth: what a chart shows, without the float noise of the percentile's interpolation. */
        public Figures {
            medianSeconds = Math.round(medianSeconds * 10) / 10.0;
            p90Seconds = Math.round(p90Seconds * 10) / 10.0;
        }
    }

    /** The period's answers per operator ({@code user}) or per channel, and all together ({@code total}). */
    record Report(Figures total, List<Figures> items) {
    }

    /**
     * {@code by}: {@code user} or {@code channel}; the period is {@code [from, to)}. One pass over
     * the period's rows along (workspace, answered_at): grouping sets give each group and the
     * total together, and names are joined to the groups, not to the rows.
     */
    Report of(UUID workspaceId, String by, Instant from, Instant to) {
        String key = "user".equals(by) ? "user_id" : "channel_id";
        String names = "user".equals(by) ? "users" : "channels";
        List<Figures> rows = db.sql("""
                select g.id, n.name, g.count, g.median, g.p90, g.whole
                from (select %s as id, grouping(%s) = 1 as whole, count(*) as count,
                             coalesce(percentile_cont(0.5) within group (order by seconds), 0) as median,
                             coalesce(percentile_cont(0.9) within group (order by seconds), 0) as p90
                      from chat_responses
                      where workspace_id = :ws and answered_at >= :from and answered_at < :to
                      group by grouping sets ((%s), ())) g
                left join %s n on n.workspace_id = :ws and n.id = g.id and not g.whole
                order by g.whole desc, g.count desc, n.name
                """.formatted(key, key, key, names))
                .param("ws", workspaceId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> new Figures(rs.getString("id"), rs.getString("name"),
                        rs.getLong("count"), rs.getDouble("median"), rs.getDouble("p90")))
                .list();
        // the grouping set () answers even for an empty period: its row is the total
        Figures whole = rows.getFirst();
        return new Report(new Figures(null, null, whole.count(), whole.medianSeconds(), whole.p90Seconds()),
                rows.subList(1, rows.size()));
    }
}
