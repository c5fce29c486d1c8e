package dev.switchboard.messages;

import dev.switchboard.common.Ids;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The files of messages: uploaded by operators, or still on the platform until first opened. */
@Repository
public class Attachments {

    private final JdbcClient db;

    Attachments(JdbcClient db) {
        this.db = db;
    }

    /** Where an attachment's bytes are: our storage key, or the platform's reference on a channel. */
    public record Stored(UUID id, String name, @Nullable Long size, String contentType, @Nullable String storageKey,
            @Nullable String platformRef, @Nullable UUID channelId, @Nullable UUID chatId, @Nullable UUID createdBy) {
    }

    static String url(UUID id) {
        return "/api/v1/attachments/" + id;
    }

    Map<UUID, List<MessageView.AttachmentView>> of(UUID workspaceId, List<UUID> messageIds) {
        if (messageIds.isEmpty()) {
            return Map.of();
        }
        record Row(UUID messageId, MessageView.AttachmentView view) {
        }
        return db.sql("""
                select id, message_id, name, size, content_type from attachments
                where workspace_id = :ws and message_id = any(:ids)
                order by id
                """)
                .param("ws", workspaceId).param("ids", messageIds.toArray(UUID[]::new))
                .query((rs, n) -> new Row(rs.getObject("message_id", UUID.class),
                        new MessageView.AttachmentView(rs.getString("id"), rs.getString("name"),
                                (Long) rs.getObject("size", Long.class), rs.getString("content_type"),
                                url(rs.getObject("id", UUID.class)))))
                .list().stream()
                .collect(Collectors.groupingBy(Row::messageId, LinkedHashMap::new,
                        Collectors.mapping(Row::view, Collectors.toList())));
    }

    /** A file a client sent: on the platform until first opened ({@code platformRef}), or already stored here. */
    public void addInbound(UUID workspaceId, UUID messageId, String name, String contentType, @Nullable Long size,
            @Nullable String platformRef, @Nullable String storageKey) {
        db.sql("""
                insert into attachments (workspace_id, id, message_id, name, size, content_type, platform_ref,
                                         storage_key)
                values (:ws, :id, :message, :name, :size, :type, :ref, :key)
                """)
                .param("ws", workspaceId).param("id", Ids.next()).param("message", messageId).param("name", name)
                .param("size", size).param("type", contentType).param("ref", platformRef).param("key", storageKey)
                .update();
    }

    public MessageView.AttachmentView addUpload(UUID workspaceId, UUID userId, String name, String contentType,
            long size, String storageKey) {
        UUID id = Ids.next();
        db.sql("""
                insert into attachments (workspace_id, id, name, size, content_type, storage_key, created_by)
                values (:ws, :id, :name, :size, :type, :key, :user)
                """)
                .param("ws", workspaceId).param("id", id).param("name", name).param("size", size)
                .param("type", contentType).param("key", storageKey).param("user", userId)
                .update();
        return new MessageView.AttachmentView(id.toString(), name, size, contentType, url(id));
    }

    /**
     * Gives a message the files its author uploaded for it; answers how many were given
     * (files of another user or already sent are not).
     */
    public List<Stored> claim(UUID workspaceId, UUID messageId, UUID userId, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.sql("""
                update attachments set message_id = :message
                where workspace_id = :ws and id = any(:ids) and created_by = :user and message_id is null
                returning id, name, size, content_type, storage_key, platform_ref
                """)
                .param("ws", workspaceId).param("message", messageId).param("user", userId)
                .param("ids", ids.toArray(UUID[]::new))
                .query((rs, n) -> new Stored(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getObject("size", Long.class), rs.getString("content_type"), rs.getString("storage_key"),
                        rs.getString("platform_ref"), null, null, null))
                .list();
    }

    public List<Stored> ofMessage(UUID workspaceId, UUID messageId) {
        return db.sql("""
                select id, name, size, content_type, storage_key, platform_ref from attachments
                where workspace_id = :ws and message_id = :message order by id
                """)
                .param("ws", workspaceId).param("message", messageId)
                .query((rs, n) -> new Stored(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getObject("size", Long.class), rs.getString("content_type"), rs.getString("storage_key"),
                        rs.getString("platform_ref"), null, null, null))
                .list();
    }

    public Optional<Stored> find(UUID workspaceId, UUID id) {
        return db.sql("""
                select a.id, a.name, a.size, a.content_type, a.storage_key, a.platform_ref, m.channel_id, m.chat_id,
                       a.created_by
                from attachments a
                left join messages m on m.workspace_id = a.workspace_id and m.id = a.message_id
                where a.workspace_id = :ws and a.id = :id
                """)
                .param("ws", workspaceId).param("id", id)
                .query((rs, n) -> new Stored(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getObject("size", Long.class), rs.getString("content_type"), rs.getString("storage_key"),
                        rs.getString("platform_ref"), rs.getObject("channel_id", UUID.class),
                        rs.getObject("chat_id", UUID.class), rs.getObject("created_by", UUID.class)))
                .optional();
    }

    public void keep(UUID workspaceId, UUID id, String storageKey, long size) {
        db.sql("update attachments set storage_key = :key, size = :size where workspace_id = :ws and id = :id")
                .param("ws", workspaceId).param("id", id).param("key", storageKey).param("size", size).update();
    }
}
