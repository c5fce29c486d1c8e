package dev.switchboard.messages;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A chat as its client sees it (the website widget's visitor): what the client wrote and
 * what the business answered, without notes, event lines or answers that failed. Paged by id
 * along the chat's index of messages.
 */
@Repository
public class Dialogs {

    private static final String SHOWN = """
            select id from messages
            where workspace_id = :ws and chat_id = :chat
              and (direction = 'in' or (direction = 'out' and status is distinct from 'failed'))
            """;

    private final JdbcClient db;
    private final Messages messages;

    Dialogs(JdbcClient db, Messages messages) {
        this.db = db;
        this.messages = messages;
    }

    /** One page, oldest first; {@code more}: there are older messages (or, after a given id, newer ones). */
    public record Page(List<MessageView> items, boolean more) {
    }

    /** The latest {@code limit} messages, or the {@code limit} before a message. */
    public Page latest(UUID workspaceId, UUID chatId, @Nullable UUID before, int limit) {
        List<UUID> ids = new ArrayList<>(db.sql(SHOWN + (before == null ? "" : " and id < :before")
                        + " order by id desc limit :limit")
                .param("ws", workspaceId).param("chat", chatId).param("before", before).param("limit", limit + 1)
                .query(UUID.class).list());
        boolean more = ids.size() > limit;
        if (more) {
            ids = ids.subList(0, limit);
        }
        Collections.reverse(ids);
        return new Page(messages.views(workspaceId, ids), more);
    }

    /** What came after a message the client has: the gap a reconnecting widget fills. */
    public Page after(UUID workspaceId, UUID chatId, UUID after, int limit) {
        List<UUID> ids = db.sql(SHOWN + " and id > :after order by id limit :limit")
                .param("ws", workspaceId).param("chat", chatId).param("after", after).param("limit", limit + 1)
                .query(UUID.class).list();
        boolean more = ids.size() > limit;
        return new Page(messages.views(workspaceId, more ? ids.subList(0, limit) : ids), more);
    }

    /** The client's message by its id on the channel. */
    public Optional<UUID> inbound(UUID workspaceId, UUID channelId, String externalId) {
        return db.sql("""
                select id from messages
                where workspace_id = :ws and channel_id = :channel and external_id = :external and direction = 'in'
                """)
                .param("ws", workspaceId).param("channel", channelId).param("external", externalId)
                .query(UUID.class).optional();
    }

    /**
     * The client has seen the business's answers up to this one: they are read. Answers the
     * messages that changed, for the screens to hear of it.
     */
    public List<UUID> readUpTo(UUID workspaceId, UUID chatId, UUID upTo) {
        return db.sql("""
                update messages set status = 'read'
                where workspace_id = :ws and chat_id = :chat and id <= :upTo and direction = 'out'
                  and status in ('sent', 'delivered')
                returning id
                """)
                .param("ws", workspaceId).param("chat", chatId).param("upTo", upTo)
                .query(UUID.class).list();
    }
}
