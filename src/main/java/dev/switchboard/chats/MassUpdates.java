package dev.switchboard.chats;

import dev.switchboard.common.RuleViolation;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The statements of mass actions. Each changes only the chats the action really changes
 * and answers them with their category before and after, so moves can be told apart.
 * The category rules are the product's: a stage of an archive group archives the chat, an
 * active stage takes an archived chat back into work.
 */
@Repository
class MassUpdates {

    /** A chat a mass action changed. */
    record Changed(UUID id, UUID channelId, String was, String now) {

        boolean movedTo(String category) {
            return now.equals(category) && !was.equals(category);
        }
    }

    private static final String OLD = """
            from (select id as old_id, category as was from chats where workspace_id = :ws and id = any(:ids)) old
            where c.workspace_id = :ws and c.id = old.old_id
            """;
    private static final String RETURNING = "\nreturning c.id, c.channel_id, old.was, c.category";

    private final JdbcClient db;
    private final ClientMatches clients;

    MassUpdates(JdbcClient db, ClientMatches clients) {
        this.db = db;
        this.clients = clients;
    }

    /** The given chats of the workspace, locked in id order; ids of other workspaces are not there. */
    List<UUID> lock(ChatFilter within, List<UUID> ids) {
        ChatFilter.Sql where = within.toSql();
        return db.sql("select c.id from chats c where " + where.where() + " and c.id = any(:ids) order by c.id for update")
                .params(where.params()).param("ids", ids.toArray(UUID[]::new)).query(UUID.class).list();
    }

    /** The chats a filter matches, locked in id order; more than {@code max} is refused. */
    List<UUID> lock(ChatFilter filter, int max) {
        ChatFilter.Sql where = clients.narrow(filter).toSql();
        List<UUID> ids = db.sql("select c.id from chats c where " + where.where() + " order by c.id limit :max for update of c")
                .params(where.params()).param("max", max + 1).query(UUID.class).list();
        if (ids.size() > max) {
            throw new RuleViolation("The filter matches more than " + max + " chats; narrow it down and repeat");
        }
        return ids;
    }

    /** Every chat on a stage, locked in id order. */
    List<UUID> lockOnStage(UUID ws, UUID stageId) {
        return db.sql("select id from chats where workspace_id = :ws and stage_id = :stage order by id for update")
                .param("ws", ws).param("stage", stageId).query(UUID.class).list();
    }

    List<Changed> markRead(UUID ws, List<UUID> ids) {
        return update(ws, ids, "unread_count = 0", "c.unread_count > 0", null);
    }

    List<Changed> markUnread(UUID ws, List<UUID> ids) {
        return update(ws, ids, "unread_count = 1", "c.unread_count = 0", null);
    }

    List<Changed> accept(UUID ws, List<UUID> ids, UUID by) {
        return update(ws, ids, "category = 'accepted', responsible_id = coalesce(c.responsible_id, :by)",
                "c.category <> 'accepted'", by);
    }

    List<Changed> archive(UUID ws, List<UUID> ids) {
        return update(ws, ids, "category = 'archive'", "c.category <> 'archive'", null);
    }

    List<Changed> setStage(UUID ws, List<UUID> ids, UUID stageId, boolean archives, UUID by) {
        String set = archives ? "stage_id = :stage, category = 'archive'" : """
                stage_id = :stage,
                category = case when c.category = 'archive' then 'accepted' else c.category end,
                responsible_id = case when c.category = 'archive' then coalesce(c.responsible_id, :by)
                                      else c.responsible_id end""";
        return db.sql("update chats c set " + set + ", updated_at = now()\n" + OLD
                        + "and c.stage_id is distinct from :stage" + RETURNING)
                .param("ws", ws).param("ids", ids.toArray(UUID[]::new)).param("stage", stageId).param("by", by)
                .query(this::changed).list();
    }

    List<Changed> assign(UUID ws, List<UUID> ids, @Nullable UUID userId) {
        return db.sql("update chats c set responsible_id = cast(:user as uuid), updated_at = now()\n" + OLD
                        + "and c.responsible_id is distinct from cast(:user as uuid)" + RETURNING)
                .param("ws", ws).param("ids", ids.toArray(UUID[]::new)).param("user", userId)
                .query(this::changed).list();
    }

    List<Changed> addTags(UUID ws, List<UUID> ids, List<UUID> tags) {
        return db.sql("""
                update chats c set tag_ids = array(select distinct t from unnest(c.tag_ids || :tags) t order by t),
                       updated_at = now()
                """ + OLD + "and not c.tag_ids @> :tags" + RETURNING)
                .param("ws", ws).param("ids", ids.toArray(UUID[]::new)).param("tags", tags.toArray(UUID[]::new))
                .query(this::changed).list();
    }

    List<Changed> removeTags(UUID ws, List<UUID> ids, List<UUID> tags) {
        return db.sql("""
                update chats c set tag_ids = array(select t from unnest(c.tag_ids) t where t <> all(:tags) order by t),
                       updated_at = now()
                """ + OLD + "and c.tag_ids && :tags" + RETURNING)
                .param("ws", ws).param("ids", ids.toArray(UUID[]::new)).param("tags", tags.toArray(UUID[]::new))
                .query(this::changed).list();
    }

    private List<Changed> update(UUID ws, List<UUID> ids, String set, String when, @Nullable UUID by) {
        var statement = db.sql("update chats c set " + set + ", updated_at = now()\n" + OLD + "and " + when + RETURNING)
                .param("ws", ws).param("ids", ids.toArray(UUID[]::new));
        if (by != null) {
            statement = statement.param("by", by);
        }
        return statement.query(this::changed).list();
    }

    private Changed changed(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Changed(rs.getObject("id", UUID.class), rs.getObject("channel_id", UUID.class),
                rs.getString("was"), rs.getString("category"));
    }
}
