package dev.switchboard.chats;

import dev.switchboard.common.Ids;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Changes to chat rows: creation, category moves and the denormalised last message. */
@Repository
class Chats {

    private final JdbcClient db;
    private final JsonMapper json;

    Chats(JdbcClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /** Where replies of a chat go. */
    /** Where a chat's answers go: its channel, the platform's address, and whether it is a comment thread. */
    record Route(UUID channelId, String recipient, String sourceType, String threadKey, @Nullable String subject,
            @Nullable Instant lastInbound) {
    }

    /** The chat of this thread on this channel; made (in New, at the funnel's first stage) if there is none. */
    Found findOrCreate(UUID workspaceId, UUID channelId, UUID clientId, String threadKey, String recipient,
            String sourceType) {
        return findOrCreate(workspaceId, channelId, clientId, threadKey, recipient, sourceType, null);
    }

    /** The same, with the post a comment thread is under ({@code {id, text, url}}). */
    Found findOrCreate(UUID workspaceId, UUID channelId, UUID clientId, String threadKey, String recipient,
            String sourceType, @Nullable Map<String, Object> post) {
        Optional<UUID> known = byThread(workspaceId, channelId, threadKey);
        if (known.isPresent()) {
            return new Found(known.get(), false);
        }
        UUID id = Ids.next();
        int inserted = db.sql("""
                insert into chats (workspace_id, id, channel_id, client_id, thread_key, recipient, source_type, post,
                                   stage_id)
                values (:ws, :id, :channel, :client, :thread, :recipient, :sourceType, cast(:post as jsonb),
                        (select s.id from stages s where s.workspace_id = :ws and s.grp = 'active'
                         order by s.position, s.id limit 1))
                on conflict (workspace_id, channel_id, thread_key) do nothing
                """)
                .param("ws", workspaceId).param("id", id).param("channel", channelId).param("client", clientId)
                .param("thread", threadKey).param("recipient", recipient).param("sourceType", sourceType)
                .param("post", post == null ? null : json.writeValueAsString(post))
                .update();
        return inserted == 1 ? new Found(id, true) : new Found(byThread(workspaceId, channelId, threadKey).orElseThrow(), false);
    }

    record Found(UUID id, boolean created) {
    }

    /** The client's latest dialog in direct messages on this channel. */
    Optional<UUID> latestOf(UUID workspaceId, UUID channelId, UUID clientId) {
        return db.sql("""
                select id from chats
                where workspace_id = :ws and client_id = :client and channel_id = :channel and source_type = 'message'
                order by last_activity_at desc limit 1
                """)
                .param("ws", workspaceId).param("client", clientId).param("channel", channelId)
                .query(UUID.class).optional();
    }

    Optional<UUID> byThread(UUID workspaceId, UUID channelId, String threadKey) {
        return db.sql("select id from chats where workspace_id = :ws and channel_id = :channel and thread_key = :thread")
                .param("ws", workspaceId).param("channel", channelId).param("thread", threadKey)
                .query(UUID.class).optional();
    }

    /** The chat's state, locked until the transaction ends, so concurrent moves apply one after another. */
    Optional<ChatState> lock(UUID workspaceId, UUID id) {
        return db.sql("""
                select id, category, responsible_id, unread_count, awaiting_reply_since, last_response_seconds
                from chats where workspace_id = :ws and id = :id for update
                """)
                .param("ws", workspaceId).param("id", id)
                .query((rs, n) -> new ChatState(rs.getObject("id", UUID.class), Category.of(rs.getString("category")),
                        rs.getObject("responsible_id", UUID.class), rs.getInt("unread_count"),
                        rs.getTimestamp("awaiting_reply_since") == null ? null
                                : rs.getTimestamp("awaiting_reply_since").toInstant(),
                        (Integer) rs.getObject("last_response_seconds")))
                .optional();
    }

    /** When the client last wrote in the chat, if ever. */

    Optional<Route> route(UUID workspaceId, UUID id) {
        return db.sql("""
                select channel_id, recipient, source_type, thread_key, post ->> 'subject' as subject, last_inbound_at
                from chats where workspace_id = :ws and id = :id
                """)
                .param("ws", workspaceId).param("id", id)
                .query((rs, n) -> new Route(rs.getObject("channel_id", UUID.class), rs.getString("recipient"),
                        rs.getString("source_type"), rs.getString("thread_key"), rs.getString("subject"),
                        rs.getTimestamp("last_inbound_at") == null ? null : rs.getTimestamp("last_inbound_at").toInstant()))
                .optional();
    }

    void save(UUID workspaceId, ChatState s) {
        db.sql("""
                update chats set category = :category, responsible_id = :responsible, unread_count = :unread,
                       awaiting_reply_since = :awaiting, last_response_seconds = :response, updated_at = now()
                where workspace_id = :ws and id = :id
                """)
                .param("ws", workspaceId).param("id", s.id()).param("category", s.category().wire())
                .param("responsible", s.responsibleId()).param("unread", s.unreadCount())
                .param("awaiting", s.awaitingReplySince() == null ? null : Timestamp.from(s.awaitingReplySince()))
                .param("response", s.lastResponseSeconds())
                .update();
    }

    /** The message the list previews; a client's message also marks when the client last wrote. */
    void lastMessage(UUID workspaceId, UUID chatId, UUID messageId, String direction, @Nullable String text, Instant at) {
        db.sql("""
                update chats set last_message_id = :message, last_message_direction = :direction,
                       last_message_text = :text, last_message_at = :at, last_activity_at = :at,
                       last_inbound_at = case when :direction = 'in' then :at else last_inbound_at end
                where workspace_id = :ws and id = :id
                """)
                .param("ws", workspaceId).param("id", chatId).param("message", messageId)
                .param("direction", direction).param("text", preview(text)).param("at", Timestamp.from(at))
                .update();
    }

    Map<String, Object> fields(UUID workspaceId, UUID id) {
        String text = db.sql("select fields::text from chats where workspace_id = :ws and id = :id")
                .param("ws", workspaceId).param("id", id).query(String.class).optional().orElse("{}");
        return json.readValue(text, new TypeReference<Map<String, Object>>() {
        });
    }

    void price(UUID workspaceId, UUID id, java.math.@Nullable BigDecimal amount, @Nullable String currency) {
        db.sql("""
                update chats set price_amount = :amount, price_currency = :currency, updated_at = now()
                where workspace_id = :ws and id = :id
                """)
                .param("ws", workspaceId).param("id", id).param("amount", amount).param("currency", currency)
                .update();
    }

    void fields(UUID workspaceId, UUID id, Map<String, Object> fields) {
        db.sql("update chats set fields = cast(:fields as jsonb), updated_at = now() where workspace_id = :ws and id = :id")
                .param("ws", workspaceId).param("id", id).param("fields", json.writeValueAsString(fields)).update();
    }

    static @Nullable String preview(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) : flat;
    }
}
