package dev.switchboard.chats;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which chat holds a dialog of a channel (its thread key), and the other way round. */
@Component
public class ChatThreads {

    private final Chats chats;
    private final JdbcClient db;

    ChatThreads(Chats chats, JdbcClient db) {
        this.chats = chats;
        this.db = db;
    }

    /** A chat's channel and the dialog it holds there. */
    public record Thread(UUID chatId, UUID channelId, String threadKey) {
    }

    public Optional<UUID> chat(UUID workspaceId, UUID channelId, String threadKey) {
        return chats.byThread(workspaceId, channelId, threadKey);
    }

    public Optional<Thread> of(UUID workspaceId, UUID chatId) {
        return db.sql("select id, channel_id, thread_key from chats where workspace_id = :ws and id = :id")
                .param("ws", workspaceId).param("id", chatId)
                .query((rs, n) -> new Thread(rs.getObject("id", UUID.class), rs.getObject("channel_id", UUID.class),
                        rs.getString("thread_key")))
                .optional();
    }
}
