package dev.switchboard.webhooks;

import dev.switchboard.common.Cursor;
import dev.switchboard.common.Ids;
import dev.switchboard.common.Page;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The webhooks of each workspace and the log of their deliveries. */
@Repository
class Webhooks {

    private static final String COLUMNS = """
            id, url, events, secret, created_at, failing_since, disabled_at, disabled_reason
            """;

    private final JdbcClient db;
    private final JsonMapper json;

    Webhooks(JdbcClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /** A webhook as kept: the secret stays on the server. */
    record Webhook(UUID id, String url, List<String> events, String secret, Instant createdAt,
            @Nullable Instant failingSince, @Nullable Instant disabledAt, @Nullable String disabledReason) {
    }

    /** One delivery of one event to one webhook. */
    record Delivery(UUID id, UUID webhookId, String event, String status, int attempts, @Nullable Integer lastStatus,
            @Nullable String lastError, Instant createdAt, @Nullable Instant deliveredAt) {
    }

    Webhook create(UUID ws, String url, List<String> events, String secret) {
        UUID id = Ids.next();
        db.sql("insert into webhooks (workspace_id, id, url, events, secret) values (:ws, :id, :url, :events, :secret)")
                .param("ws", ws).param("id", id).param("url", url).param("events", events.toArray(String[]::new))
                .param("secret", secret).update();
        return find(ws, id).orElseThrow();
    }

    List<Webhook> list(UUID ws) {
        return db.sql("select " + COLUMNS + " from webhooks where workspace_id = :ws and deleted_at is null order by id")
                .param("ws", ws).query(this::webhook).list();
    }

    Optional<Webhook> find(UUID ws, UUID id) {
        return db.sql("select " + COLUMNS + " from webhooks where workspace_id = :ws and id = :id and deleted_at is null")
                .param("ws", ws).param("id", id).query(this::webhook).optional();
    }

    /** The live webhooks of a workspace that take this event. */
    List<Webhook> subscribed(UUID ws, String event) {
        return db.sql("select " + COLUMNS + """
                 from webhooks
                where workspace_id = :ws and deleted_at is null and disabled_at is null and :event = any (events)
                """)
                .param("ws", ws).param("event", event).query(this::webhook).list();
    }

    boolean delete(UUID ws, UUID id) {
        return db.sql("update webhooks set deleted_at = now() where workspace_id = :ws and id = :id and deleted_at is null")
                .param("ws", ws).param("id", id).update() > 0;
    }

    /** Switches a disabled webhook on again, its failures forgotten. */
    boolean enable(UUID ws, UUID id) {
        return db.sql("""
                update webhooks set disabled_at = null, disabled_reason = null, failing_since = null
                where workspace_id = :ws and id = :id and deleted_at is null
                """)
                .param("ws", ws).param("id", id).update() > 0;
    }

    UUID record(UUID ws, UUID webhookId, String event, Map<String, Object> payload) {
        UUID id = Ids.next();
        db.sql("""
                insert into webhook_deliveries (workspace_id, id, webhook_id, event, payload)
                values (:ws, :id, :webhook, :event, cast(:payload as jsonb))
                """)
                .param("ws", ws).param("id", id).param("webhook", webhookId).param("event", event)
                .param("payload", json.writeValueAsString(payload)).update();
        return id;
    }

    /** What a delivery sends, and to whom; empty when its webhook is gone. */
    record Pending(UUID workspaceId, UUID id, String event, String payload, Webhook webhook) {
    }

    Optional<Pending> pending(UUID ws, UUID deliveryId) {
        return db.sql("""
                select d.id as delivery_id, d.event, d.payload::text as payload,
                       w.id, w.url, w.events, w.secret, w.created_at, w.failing_since, w.disabled_at, w.disabled_reason
                from webhook_deliveries d
                join webhooks w on w.workspace_id = d.workspace_id and w.id = d.webhook_id
                where d.workspace_id = :ws and d.id = :id and d.status = 'pending' and w.deleted_at is null
                """)
                .param("ws", ws).param("id", deliveryId)
                .query((rs, n) -> new Pending(ws, rs.getObject("delivery_id", UUID.class), rs.getString("event"),
                        rs.getString("payload"), webhook(rs, n)))
                .optional();
    }

    void delivered(UUID ws, UUID deliveryId, UUID webhookId, int status) {
        db.sql("""
                update webhook_deliveries set status = 'delivered', attempts = attempts + 1, last_status = :status,
                       last_error = null, delivered_at = now()
                where workspace_id = :ws and id = :id
                """)
                .param("ws", ws).param("id", deliveryId).param("status", status).update();
        db.sql("update webhooks set failing_since = null where workspace_id = :ws and id = :id and failing_since is not null")
                .param("ws", ws).param("id", webhookId).update();
    }

    /**
     * Notes a failed attempt; answers since when the webhook has been failing (this attempt's
     * time when it had not been).
     */
    Instant failed(UUID ws, UUID deliveryId, UUID webhookId, @Nullable Integer status, String error, boolean last) {
        db.sql("""
                update webhook_deliveries set attempts = attempts + 1, last_status = :status, last_error = :error,
                       status = case when :last then 'failed' else status end
                where workspace_id = :ws and id = :id
                """)
                .param("ws", ws).param("id", deliveryId).param("status", status).param("error", error)
                .param("last", last).update();
        return db.sql("""
                update webhooks set failing_since = coalesce(failing_since, now())
                where workspace_id = :ws and id = :id
                returning failing_since
                """)
                .param("ws", ws).param("id", webhookId).query(Timestamp.class).single().toInstant();
    }

    /** A delivery that will not be tried again (its webhook was disabled or removed). */
    void abandon(UUID ws, UUID deliveryId, String why) {
        db.sql("""
                update webhook_deliveries set status = 'failed', last_error = :why
                where workspace_id = :ws and id = :id and status = 'pending'
                """)
                .param("ws", ws).param("id", deliveryId).param("why", why).update();
    }

    void disable(UUID ws, UUID webhookId, String reason) {
        db.sql("""
                update webhooks set disabled_at = now(), disabled_reason = :reason
                where workspace_id = :ws and id = :id and disabled_at is null
                """)
                .param("ws", ws).param("id", webhookId).param("reason", reason).update();
    }

    /** The log of a webhook, newest first, keyset-paged by id. */
    Page<Delivery> deliveries(UUID ws, UUID webhookId, @Nullable String cursor, int limit) {
        UUID before = cursor == null ? null : Cursor.decode(cursor).id();
        List<Delivery> rows = db.sql("""
                select id, webhook_id, event, status, attempts, last_status, last_error, created_at, delivered_at
                from webhook_deliveries
                where workspace_id = :ws and webhook_id = :webhook and (cast(:before as uuid) is null or id < :before)
                order by id desc
                limit :limit
                """)
                .param("ws", ws).param("webhook", webhookId).param("before", before).param("limit", limit + 1)
                .query((rs, n) -> new Delivery(rs.getObject("id", UUID.class), rs.getObject("webhook_id", UUID.class),
                        rs.getString("event"), rs.getString("status"), rs.getInt("attempts"),
                        (Integer) rs.getObject("last_status"), rs.getString("last_error"),
                        rs.getTimestamp("created_at").toInstant(), instant(rs, "delivered_at")))
                .list();
        boolean more = rows.size() > limit;
        List<Delivery> page = more ? rows.subList(0, limit) : rows;
        return new Page<>(page, more ? Cursor.of("d", page.getLast().id()).encode() : null);
    }

    private Webhook webhook(ResultSet rs, int n) throws SQLException {
        Array events = rs.getArray("events");
        return new Webhook(rs.getObject("id", UUID.class), rs.getString("url"),
                Arrays.asList((String[]) events.getArray()), rs.getString("secret"),
                rs.getTimestamp("created_at").toInstant(), instant(rs, "failing_since"), instant(rs, "disabled_at"),
                rs.getString("disabled_reason"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

}
