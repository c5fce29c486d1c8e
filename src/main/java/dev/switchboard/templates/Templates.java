package dev.switchboard.templates;

import dev.switchboard.common.Conflict;
import dev.switchboard.common.Cursor;
import dev.switchboard.common.Ids;
import dev.switchboard.common.Page;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The templates a user can pick: the workspace's and their own, by title. */
@Repository
public class Templates {

    private static final String COLUMNS = "id, title, text, shortcut, owner_id is not null as personal";
    /** The templates of the workspace and of this user. */
    private static final String MINE = "workspace_id = :ws and (owner_id is null or owner_id = :me)";

    private final JdbcClient db;

    Templates(JdbcClient db) {
        this.db = db;
    }

    /** A page by title; {@code q} finds a part of the title, the text or the shortcut. */
    Page<Template> list(UUID ws, UUID me, @Nullable String q, @Nullable String cursor, int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + ", lower(title) as sort_key from templates where " + MINE);
        var spec = new java.util.HashMap<String, Object>();
        spec.put("ws", ws);
        spec.put("me", me);
        if (q != null && !q.isBlank()) {
            sql.append(" and (lower(title) like :q or lower(text) like :q or lower(shortcut) like :q)");
            spec.put("q", "%" + q.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (cursor != null) {
            Cursor at = Cursor.decode(cursor);
            sql.append(" and (lower(title), id) > (:afterKey, :afterId)");
            spec.put("afterKey", at.key());
            spec.put("afterId", at.id());
        }
        sql.append(" order by lower(title), id limit :limit");
        spec.put("limit", limit + 1);
        List<Row> rows = db.sql(sql.toString()).params(spec).query((rs, n) -> new Row(template(rs),
                rs.getString("sort_key"))).list();
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            Row last = rows.getLast();
            next = Cursor.of(last.sortKey(), UUID.fromString(last.template().id())).encode();
        }
        return new Page<>(rows.stream().map(Row::template).toList(), next);
    }

    private record Row(Template template, String sortKey) {
    }

    /** A template this user can pick: the workspace's, or their own. */
    public Optional<Template> find(UUID ws, UUID me, UUID id) {
        return db.sql("select " + COLUMNS + " from templates where " + MINE + " and id = :id")
                .param("ws", ws).param("me", me).param("id", id)
                .query((rs, n) -> template(rs)).optional();
    }

    Template add(UUID ws, @Nullable UUID owner, String title, String text, @Nullable String shortcut) {
        UUID id = Ids.next();
        try {
            db.sql("""
                    insert into templates (workspace_id, id, title, text, shortcut, owner_id)
                    values (:ws, :id, :title, :text, :shortcut, :owner)
                    """)
                    .param("ws", ws).param("id", id).param("title", title).param("text", text)
                    .param("shortcut", shortcut).param("owner", owner).update();
        } catch (DuplicateKeyException e) {
            throw taken(shortcut);
        }
        return new Template(id.toString(), title, text, shortcut, owner != null);
    }

    void change(UUID ws, UUID id, String title, String text, @Nullable String shortcut) {
        try {
            db.sql("update templates set title = :title, text = :text, shortcut = :shortcut where workspace_id = :ws and id = :id")
                    .param("ws", ws).param("id", id).param("title", title).param("text", text)
                    .param("shortcut", shortcut).update();
        } catch (DuplicateKeyException e) {
            throw taken(shortcut);
        }
    }

    void remove(UUID ws, UUID id) {
        db.sql("delete from templates where workspace_id = :ws and id = :id").param("ws", ws).param("id", id).update();
    }

    private static Conflict taken(@Nullable String shortcut) {
        return new Conflict("The shortcut /" + shortcut + " is already taken");
    }

    private static Template template(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Template(rs.getString("id"), rs.getString("title"), rs.getString("text"), rs.getString("shortcut"),
                rs.getBoolean("personal"));
    }
}
