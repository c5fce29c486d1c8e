package dev.switchboard.chats;

import dev.switchboard.common.Conflict;
import dev.switchboard.common.Ids;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tags of each workspace; a chat keeps the ids of its tags. */
@Repository
class Tags {

    /** A tag and how many chats carry it (null when not counted). */
    record Tag(String id, String name, String color, @Nullable Long chats) {
    }

    private final JdbcClient db;

    Tags(JdbcClient db) {
        this.db = db;
    }

    /** The tags by name; with {@code counted}, how many chats carry each (from the counters kept per tag). */
    List<Tag> list(UUID ws, boolean counted) {
        Map<UUID, Long> used = new HashMap<>();
        if (counted) {
            db.sql("select tag_id, sum(chats) as n from tag_counters where workspace_id = :ws group by tag_id")
                    .param("ws", ws).query(rs -> {
                        used.put(rs.getObject("tag_id", UUID.class), rs.getLong("n"));
                    });
        }
        return db.sql("select id, name, color from tags where workspace_id = :ws order by lower(name), id")
                .param("ws", ws)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new Tag(id.toString(), rs.getString("name"), rs.getString("color"),
                            counted ? used.getOrDefault(id, 0L) : null);
                })
                .list();
    }

    /** The tag, without its usage (a count of chats, which no caller of one tag needs). */
    Optional<Tag> find(UUID ws, UUID id) {
        return db.sql("select id, name, color from tags where workspace_id = :ws and id = :id")
                .param("ws", ws).param("id", id)
                .query((rs, n) -> new Tag(rs.getString("id"), rs.getString("name"), rs.getString("color"), null))
                .optional();
    }

    /** Whether any chat carries the tag: then a rename shows in chat rows. */
    boolean carried(UUID ws, UUID id) {
        return db.sql("select exists (select 1 from chat_tags where workspace_id = :ws and tag_id = :id)")
                .param("ws", ws).param("id", id).query(Boolean.class).single();
    }

    long countKnown(UUID ws, List<UUID> ids) {
        return db.sql("select count(*) from tags where workspace_id = :ws and id = any(:ids)")
                .param("ws", ws).param("ids", ids.toArray(UUID[]::new)).query(Long.class).single();
    }

    Tag add(UUID ws, String name, String color) {
        UUID id = Ids.next();
        try {
            db.sql("insert into tags (workspace_id, id, name, color) values (:ws, :id, :name, :color)")
                    .param("ws", ws).param("id", id).param("name", name).param("color", color).update();
        } catch (DuplicateKeyException e) {
            throw new Conflict("A tag named \"" + name + "\" already exists");
        }
        return new Tag(id.toString(), name, color, 0L);
    }

    boolean change(UUID ws, UUID id, String name, String color) {
        try {
            return db.sql("update tags set name = :name, color = :color where workspace_id = :ws and id = :id")
                    .param("ws", ws).param("id", id).param("name", name).param("color", color).update() == 1;
        } catch (DuplicateKeyException e) {
            throw new Conflict("A tag named \"" + name + "\" already exists");
        }
    }

    /** Removes the tag and takes it off every chat; answers the chats it was on. */
    List<UUID> remove(UUID ws, UUID id) {
        List<UUID> chats = db.sql("""
                update chats set tag_ids = array_remove(tag_ids, :id), updated_at = now()
                where workspace_id = :ws and tag_ids @> array[:id]::uuid[]
                returning id
                """)
                .param("ws", ws).param("id", id).query(UUID.class).list();
        db.sql("delete from tag_counters where workspace_id = :ws and tag_id = :id").param("ws", ws).param("id", id)
                .update();
        db.sql("delete from tags where workspace_id = :ws and id = :id").param("ws", ws).param("id", id).update();
        return chats;
    }
}
