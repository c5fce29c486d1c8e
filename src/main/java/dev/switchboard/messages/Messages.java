package dev.switchboard.messages;

import dev.switchboard.common.Cursor;
import dev.switchboard.common.Ids;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The messages of every chat, oldest first within a page, paged backwards by id (time-ordered). */
@Repository
public class Messages {

    private static final String SELECT = """
            select m.id, m.chat_id, m.direction, m.text, m.author_id, u.name as author_name, m.status, m.error,
                   m.reply_to::text as reply_to, m.external_id, m.event::text as event, m.edited_at, m.created_at,
                   m.html
            from messages m
            left join users u on u.workspace_id = m.workspace_id and u.id = m.author_id
            """;

    private final JdbcClient db;
    private final JsonMapper json;
    private final Attachments attachments;

    Messages(JdbcClient db, JsonMapper json, Attachments attachments) {
        this.db = db;
        this.json = json;
        this.attachments = attachments;
    }

    /** A new message to store; {@code id} is made here. */
    public record Draft(UUID chatId, UUID channelId, String direction, @Nullable String text, @Nullable UUID authorId,
            @Nullable String status, @Nullable String externalId, @Nullable Map<String, Object> event,
            @Nullable Map<String, Object> replyTo, @Nullable String idempotencyKey, @Nullable Instant createdAt) {
    }

    /** Stores the message; empty when the same platform message or idempotency key was stored before. */
    public Optional<UUID> record(UUID workspaceId, Draft d) {
        UUID id = Ids.next();
        int inserted = db.sql("""
                insert into messages (workspace_id, id, chat_id, channel_id, direction, text, author_id, status,
                                      external_id, event, reply_to, idempotency_key, created_at)
                values (:ws, :id, :chat, :channel, :direction, :text, :author, :status, :external,
                        cast(:event as jsonb), cast(:replyTo as jsonb), :key, coalesce(:createdAt, now()))
                on conflict do nothing
                """)
                .param("ws", workspaceId).param("id", id).param("chat", d.chatId()).param("channel", d.channelId())
                .param("direction", d.direction()).param("text", d.text()).param("author", d.authorId())
                .param("status", d.status()).param("external", d.externalId())
                .param("event", d.event() == null ? null : json.writeValueAsString(d.event()))
                .param("replyTo", d.replyTo() == null ? null : json.writeValueAsString(d.replyTo()))
                .param("key", d.idempotencyKey())
                .param("createdAt", d.createdAt() == null ? null : Timestamp.from(d.createdAt()))
                .update();
        return inserted == 1 ? Optional.of(id) : Optional.empty();
    }

    /**
     * The same event line in many chats at once, in one statement (a mass action's moves);
     * answers how many were written.
     */
    public int recordEvents(UUID workspaceId, List<UUID> chatIds, List<UUID> channelIds, String text,
            Map<String, Object> event, @Nullable UUID authorId) {
        if (chatIds.isEmpty()) {
            return 0;
        }
        UUID[] ids = new UUID[chatIds.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = Ids.next();
        }
        return db.sql("""
                insert into messages (workspace_id, id, chat_id, channel_id, direction, text, author_id, event)
                select :ws, e.id, e.chat, e.channel, 'event', :text, :author, cast(:event as jsonb)
                from unnest(:ids, :chats, :channels) as e(id, chat, channel)
                """)
                .param("ws", workspaceId).param("ids", ids).param("chats", chatIds.toArray(UUID[]::new))
                .param("channels", channelIds.toArray(UUID[]::new)).param("text", text).param("author", authorId)
                .param("event", json.writeValueAsString(event))
                .update();
    }

    /** Keeps the sanitised HTML body of a message (an e-mail's), shown instead of its text where it is. */
    public void setHtml(UUID workspaceId, UUID id, String html) {
        db.sql("update messages set html = :html where workspace_id = :ws and id = :id")
                .param("ws", workspaceId).param("id", id).param("html", html).update();
    }

    /** Our message that the platform knows by this id. */
    public Optional<UUID> outboundByExternalId(UUID workspaceId, UUID channelId, String externalId) {
        return db.sql("""
                select id from messages
                where workspace_id = :ws and channel_id = :channel and external_id = :external and direction = 'out'
                limit 1
                """)
                .param("ws", workspaceId).param("channel", channelId).param("external", externalId)
                .query(UUID.class).optional();
    }

    /** A client's message by its platform id, and when it was written. */
    public record Inbound(String externalId, Instant at) {
    }

    /** The client's messages in a chat whose platform ids start with {@code prefix}, the latest first. */
    public List<Inbound> inbound(UUID workspaceId, UUID chatId, String prefix) {
        return db.sql("""
                select external_id, created_at from messages
                where workspace_id = :ws and chat_id = :chat and direction = 'in' and starts_with(external_id, :prefix)
                order by created_at desc, id desc
                limit 500
                """)
                .param("ws", workspaceId).param("chat", chatId).param("prefix", prefix)
                .query((rs, n) -> new Inbound(rs.getString("external_id"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** The message an earlier call with the same idempotency key made. */
    public Optional<UUID> byIdempotencyKey(UUID workspaceId, UUID chatId, UUID authorId, String key) {
        return db.sql("""
                select id from messages
                where workspace_id = :ws and chat_id = :chat and author_id = :author and idempotency_key = :key
                """)
                .param("ws", workspaceId).param("chat", chatId).param("author", authorId).param("key", key)
                .query(UUID.class).optional();
    }

    /** Applies a client's edit to the message it sent before; empty when that message is unknown. */
    public Optional<UUID> edit(UUID workspaceId, UUID channelId, String externalId, @Nullable String text) {
        return db.sql("""
                update messages set text = :text, edited_at = now()
                where workspace_id = :ws and channel_id = :channel and external_id = :external and direction = 'in'
                returning id
                """)
                .param("ws", workspaceId).param("channel", channelId).param("external", externalId)
                .param("text", text).query(UUID.class).optional();
    }

    public Optional<MessageView> find(UUID workspaceId, UUID id) {
        return db.sql(SELECT + " where m.workspace_id = :ws and m.id = :id")
                .param("ws", workspaceId).param("id", id).query(this::row).optional()
                .map(r -> r.view(attachments.of(workspaceId, List.of(id))));
    }

    /** The messages with these ids, in the order given. */
    List<MessageView> views(UUID workspaceId, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Row> rows = db.sql(SELECT + " where m.workspace_id = :ws and m.id = any(:ids)")
                .param("ws", workspaceId).param("ids", ids.toArray(UUID[]::new)).query(this::row).list().stream()
                .collect(java.util.stream.Collectors.toMap(Row::id, r -> r));
        Map<UUID, List<MessageView.AttachmentView>> files = attachments.of(workspaceId, ids);
        return ids.stream().map(rows::get).filter(java.util.Objects::nonNull).map(r -> r.view(files)).toList();
    }

    public Optional<UUID> chatOf(UUID workspaceId, UUID id) {
        return db.sql("select chat_id from messages where workspace_id = :ws and id = :id")
                .param("ws", workspaceId).param("id", id).query(UUID.class).optional();
    }

    /** A page of a chat's history: the {@code limit} messages before the cursor, oldest first. */
    public History history(UUID workspaceId, UUID chatId, @Nullable String before, int limit) {
        UUID beforeId = before == null ? null : Cursor.decode(before).id();
        // the cursor is a condition of the index walk only when it is written as one, not as "is null or"
        String older = beforeId == null ? "" : " and m.id < :before";
        List<Row> rows = new ArrayList<>(db.sql(SELECT + " where m.workspace_id = :ws and m.chat_id = :chat" + older
                        + " order by m.id desc limit :limit")
                .param("ws", workspaceId).param("chat", chatId).param("before", beforeId).param("limit", limit + 1)
                .query(this::row).list());
        String prev = null;
        if (rows.size() > limit) {
            rows = new ArrayList<>(rows.subList(0, limit));
            Row oldest = rows.getLast();
            prev = Cursor.of(oldest.createdAt(), oldest.id()).encode();
        }
        java.util.Collections.reverse(rows);
        Map<UUID, List<MessageView.AttachmentView>> files = attachments.of(workspaceId,
                rows.stream().map(Row::id).toList());
        return new History(rows.stream().map(r -> r.view(files)).toList(), prev);
    }

    /** One page of history, with the cursor of older messages if there are any. */
    public record History(List<MessageView> items, @Nullable String prevCursor) {
    }

    public boolean markSent(UUID workspaceId, UUID id, @Nullable String externalId) {
        return db.sql("""
                update messages set status = 'sent', external_id = :external, error = null
                where workspace_id = :ws and id = :id and status in ('queued', 'failed')
                """)
                .param("ws", workspaceId).param("id", id).param("external", externalId).update() > 0;
    }

    /**
     * A platform's receipt for one of our messages, by the id it gave the message. Statuses
     * only move forward (sent, delivered, read); a failure counts unless the client has read
     * it. Answers the message and its chat when something changed.
     */
    public Optional<MessageRef> applyReceipt(UUID workspaceId, UUID channelId, String externalId, String status,
            @Nullable String error) {
        return db.sql("""
                update messages m set status = :status,
                       error = case when :status = 'failed' then cast(:error as text) else m.error end
                where m.workspace_id = :ws and m.channel_id = :channel and m.external_id = :external
                  and m.direction = 'out'
                  and (case when :status = 'failed' then m.status not in ('read', 'failed')
                            else array_position(array['queued', 'sent', 'delivered', 'read'], m.status)
                                 < array_position(array['queued', 'sent', 'delivered', 'read'], cast(:status as text))
                       end)
                returning m.id, m.chat_id
                """)
                .param("ws", workspaceId).param("channel", channelId).param("external", externalId)
                .param("status", status).param("error", error)
                .query((rs, n) -> new MessageRef(rs.getObject("id", UUID.class), rs.getObject("chat_id", UUID.class)))
                .optional();
    }

    /** Keeps the platform template a message is sent as, for a retry to send it the same way. */
    public void setPlatformTemplate(UUID workspaceId, UUID id, Map<String, Object> template) {
        db.sql("update messages set platform_template = cast(:template as jsonb) where workspace_id = :ws and id = :id")
                .param("ws", workspaceId).param("id", id).param("template", json.writeValueAsString(template)).update();
    }

    public Optional<Map<String, Object>> platformTemplate(UUID workspaceId, UUID id) {
        return db.sql("select platform_template::text from messages where workspace_id = :ws and id = :id"
                        + " and platform_template is not null")
                .param("ws", workspaceId).param("id", id).query(String.class).optional()
                .map(text -> json.readValue(text, new tools.jackson.core.type.TypeReference<Map<String, Object>>() {
                }));
    }

    /** A message and the chat it is in. */
    public record MessageRef(UUID id, UUID chatId) {
    }

    public boolean markFailed(UUID workspaceId, UUID id, @Nullable String error) {
        return db.sql("""
                update messages set status = 'failed', error = :error
                where workspace_id = :ws and id = :id and status = 'queued'
                """)
                .param("ws", workspaceId).param("id", id).param("error", error).update() > 0;
    }

    public boolean requeue(UUID workspaceId, UUID id) {
        return db.sql("""
                update messages set status = 'queued', error = null
                where workspace_id = :ws and id = :id and status = 'failed' and direction = 'out'
                """)
                .param("ws", workspaceId).param("id", id).update() > 0;
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("chat_id", UUID.class), rs.getString("direction"),
                rs.getString("text"), rs.getObject("author_id", UUID.class), rs.getString("author_name"),
                rs.getString("status"), rs.getString("error"), map(rs.getString("reply_to")),
                rs.getString("external_id"), map(rs.getString("event")),
                rs.getTimestamp("edited_at") == null ? null : rs.getTimestamp("edited_at").toInstant(),
                rs.getTimestamp("created_at").toInstant(), rs.getString("html"));
    }

    private @Nullable Map<String, Object> map(@Nullable String text) {
        return text == null ? null : json.readValue(text, new TypeReference<Map<String, Object>>() {
        });
    }

    private record Row(UUID id, UUID chatId, String direction, @Nullable String text, @Nullable UUID authorId,
            @Nullable String authorName, @Nullable String status, @Nullable String error,
            @Nullable Map<String, Object> replyTo, @Nullable String externalId, @Nullable Map<String, Object> event,
            @Nullable Instant editedAt, Instant createdAt, @Nullable String html) {

        MessageView view(Map<UUID, List<MessageView.AttachmentView>> files) {
            return new MessageView(id.toString(), chatId.toString(), direction, text, files.getOrDefault(id, List.of()),
                    authorId == null ? null : new MessageView.Author(authorId.toString(),
                            authorName == null ? "" : authorName),
                    status, error, replyTo, externalId, event, editedAt, createdAt, html);
        }
    }
}
