package dev.switchboard.live;

import dev.switchboard.accounts.AccessChanged;
import dev.switchboard.chats.ChatChanged;
import dev.switchboard.chats.ChatsChanged;
import dev.switchboard.messages.MessageRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns changes into notifications on the shared database. {@code pg_notify} joins the
 * transaction of the change, so every node hears of it exactly when it is committed, and
 * a rolled-back change is never announced.
 */
@Component
class LiveNotices {

    static final String CHANNEL = "switchboard_live";

    private final JdbcClient db;
    private final JsonMapper json;

    LiveNotices(JdbcClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    @EventListener
    void on(ChatChanged e) {
        notify(new Notice("chat", e.workspaceId().toString(), e.chatId().toString(), null, e.created()));
    }

    /** A mass action: one notice for all its chats, however many. */
    @EventListener
    void on(ChatsChanged e) {
        notify(new Notice("chats", e.workspaceId().toString(), null, null, false));
    }

    /** Who may see what changed: every node reads its users' access again. */
    @EventListener
    void on(AccessChanged e) {
        notify(new Notice("access", e.workspaceId().toString(), null, null, false));
    }

    @EventListener
    void on(MessageRecorded e) {
        notify(new Notice("message", e.workspaceId().toString(), e.chatId().toString(), e.messageId().toString(),
                e.created()));
    }

    private void notify(Notice notice) {
        db.sql("select pg_notify(:channel, :payload)")
                .param("channel", CHANNEL).param("payload", json.writeValueAsString(notice))
                .query(rs -> {
                });
    }

    /** What a notification says: small, well under PostgreSQL's 8000-byte limit. */
    record Notice(String kind, String workspaceId, @org.jspecify.annotations.Nullable String chatId, @org.jspecify.annotations.Nullable String messageId,
            boolean created) {
    }
}
