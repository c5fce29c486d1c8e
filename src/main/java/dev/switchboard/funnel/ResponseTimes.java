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

    /** All answers of the period together. */
    Figures total(UUID workspaceId, Instant from, Instant to) {
        return db.sql("""
                select count(*) as count,
                       coalesce(percentile_cont(0.5) within group (order by seconds), 0) as median,
                       coalesce(percentile_cont(0.9) within group (order by seconds), 0) as p90
                from chat_responses
                where workspace_id = :ws and answered_at >= :from and answered_at < :to
                """)
                .param("ws", workspaceId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> new Figures(null, null, rs.getLong("count"), rs.getDouble("median"),
                        rs.getDouble("p90")))
                .single();
    }

    /** {@code by}: {@code user} or {@code channel}; the period is {@code [from, to)}. */
    List<Figures> of(UUID workspaceId, String by, Instant from, Instant to) {
        String key = "user".equals(by) ? "r.user_id" : "r.channel_id";
        String names = "user".equals(by)
                ? "left join users n on n.workspace_id = r.workspace_id and n.id = r.user_id"
                : "left join channels n on n.workspace_id = r.workspace_id and n.id = r.channel_id";
        return db.sql("""
                select %s as id, min(n.name) as name, count(*) as count,
                       percentile_cont(0.5) within group (order by r.seconds) as median,
                       percentile_cont(0.9) within group (order by r.seconds) as p90
                from chat_responses r
                %s
                where r.workspace_id = :ws and r.answered_at >= :from and r.answered_at < :to
                group by %s
                order by count(*) desc, min(n.name)
                """.formatted(key, names, key))
                .param("ws", workspaceId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> new Figures(rs.getString("id"), rs.getString("name"), rs.getLong("count"),
                        rs.getDouble("median"), rs.getDouble("p90")))
                .list();
    }
}
