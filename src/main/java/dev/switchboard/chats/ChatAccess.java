package dev.switchboard.chats;

import dev.switchboard.accounts.CurrentUser;
import dev.switchboard.accounts.Visibilities;
import dev.switchboard.accounts.Visibility;
import dev.switchboard.common.NotFound;
import dev.switchboard.messages.ChatGate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether the caller may see one chat. A chat they may not see answers exactly as one that
 * does not exist: 404, never a hint that it is there.
 */
@Component
class ChatAccess implements ChatGate {

    private final JdbcClient db;
    private final Visibilities visibilities;

    ChatAccess(JdbcClient db, Visibilities visibilities) {
        this.db = db;
        this.visibilities = visibilities;
    }

    /** Throws 404 unless the chat is in the caller's workspace and within what they may see. */
    void require(CurrentUser me, UUID chatId) {
        if (!visibilities.of(me).seesAll() && !sees(me, chatId)) {
            throw new NotFound("Chat not found");
        }
    }

    @Override
    public boolean sees(CurrentUser me, UUID chatId) {
        Visibility v = visibilities.of(me);
        return db.sql("select channel_id, category, responsible_id from chats where workspace_id = :ws and id = :id")
                .param("ws", me.workspaceId()).param("id", chatId)
                .query((rs, n) -> v.sees(rs.getObject("channel_id", UUID.class), rs.getString("category"),
                        rs.getObject("responsible_id", UUID.class)))
                .optional().orElse(false);
    }
}
