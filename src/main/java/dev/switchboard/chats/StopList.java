package dev.switchboard.chats;

import dev.switchboard.common.Conflict;
import dev.switchboard.common.Ids;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Clients, posts and words whose messages go straight to the archive. A word matches as a
 * whole word in any case ("spam" stops "SPAM here", not "spammer"); a post stops the
 * comments under it.
 */
@Repository
class StopList {

    record Entry(String id, String kind, String value) {
    }

    private final JdbcClient db;

    StopList(JdbcClient db) {
        this.db = db;
    }

    List<Entry> list(UUID ws) {
        return db.sql("select id, kind, value from stoplist where workspace_id = :ws order by kind, lower(value)")
                .param("ws", ws)
                .query((rs, n) -> new Entry(rs.getString("id"), rs.getString("kind"), rs.getString("value"))).list();
    }

    Entry add(UUID ws, UUID by, String kind, String value) {
        UUID id = Ids.next();
        try {
            db.sql("insert into stoplist (workspace_id, id, kind, value, created_by) values (:ws, :id, :kind, :value, :by)")
                    .param("ws", ws).param("id", id).param("kind", kind).param("value", value).param("by", by).update();
        } catch (DuplicateKeyException e) {
            throw new Conflict("\"" + value + "\" is already on the stop-list");
        }
        return new Entry(id.toString(), kind, value);
    }

    boolean remove(UUID ws, UUID id) {
        return db.sql("delete from stoplist where workspace_id = :ws and id = :id").param("ws", ws).param("id", id)
                .update() == 1;
    }

    /** What stops a message of this client, under this post (if any), with this text; empty if nothing does. */
    Optional<Entry> stops(UUID ws, UUID clientId, @Nullable String postId, @Nullable String text) {
        List<Entry> candidates = db.sql("""
                        select id, kind, value from stoplist
                        where workspace_id = :ws and (kind = 'word' or (kind = 'client' and value = :client)
                                                      or (kind = 'post' and value = :post))
                        """)
                .param("ws", ws).param("client", clientId.toString()).param("post", postId == null ? "" : postId)
                .query((rs, n) -> new Entry(rs.getString("id"), rs.getString("kind"), rs.getString("value"))).list();
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .filter(e -> !e.kind().equals("word") || word(e.value()).matcher(lower).find())
                .findFirst();
    }

    private static Pattern word(String word) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word.toLowerCase(Locale.ROOT))
                + "(?![\\p{L}\\p{N}])", Pattern.UNICODE_CASE);
    }
}
