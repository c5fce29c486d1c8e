package dev.switchboard.chats;

import dev.switchboard.common.Cursor;
import dev.switchboard.common.Page;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The chat list: one page per query, keyset-paged on (sort key, id).
 *
 * <p>PostgreSQL cannot know how many chats a combination of filters leaves, and both plan
 * shapes lose badly when it guesses wrong: walking the ordered index throws away every row
 * of a rare combination, while collecting all matches first and sorting them is slow for a
 * common one. So a filtered page first walks a bounded stretch of the narrowest ordered
 * index ({@value #WALK} chats, see {@link ChatWalk}) and keeps the matches; only when that
 * stretch goes on past the walk and holds too few does it collect the matches through the
 * filter indexes and sort just those.
 */
@Repository
public class ChatList {

    /** How far a filtered page walks the ordered index before it asks the filter indexes instead. */
    static final int WALK = 4000;

    private final JdbcClient db;
    private final ChatRows rows;
    private final ClientMatches clients;
    private final WalkSizes sizes;

    ChatList(JdbcClient db, ChatRows rows, ClientMatches clients, WalkSizes sizes) {
        this.db = db;
        this.rows = rows;
        this.clients = clients;
        this.sizes = sizes;
    }

    Page<ChatRow> page(ChatFilter given, ChatSort sort, @Nullable String cursor, int limit) {
        ChatFilter filter = clients.narrow(given);
        ChatFilter.Sql where = filter.toSql();
        Map<String, Object> params = new HashMap<>(where.params());
        String after = "";
        if (cursor != null) {
            Cursor position = Cursor.decode(cursor);
            after = "\n  and " + sort.after();
            params.put("afterKey", sort.keyParameter(position));
            params.put("afterId", position.id());
        }
        params.put("limit", limit + 1);
        List<ChatRows.Raw> found;
        if (filter.isPlain()) {
            found = query(params, sort, "select " + ChatRows.COLUMNS + ", " + sort.keyColumn() + "\nfrom chats c\n"
                    + ChatRows.JOINS + "where " + where.where() + after + "\norder by " + sort.orderBy()
                    + "\nlimit :limit");
        } else if (filter.clients() != null) {
            found = collect(sort, where, after, params);
        } else {
            Walked walked = walk(filter, sort, where, after, params);
            found = walked.found().size() > limit || walked.whole() ? walked.found()
                    : collect(sort, where, after, params);
        }
        String next = null;
        if (found.size() > limit) {
            found = found.subList(0, limit);
            ChatRows.Raw last = found.getLast();
            next = Cursor.of(last.sortKey, last.id).encode();
        }
        return new Page<>(rows.complete(filter.workspaceId(), found), next);
    }

    /**
     * The matches within the next {@value #WALK} chats of the narrowest ordered index. The
     * walk stops as soon as it has a page; when it finds fewer, the stretch's length (read
     * from the index alone) tells whether it was read to its end.
     */
    private Walked walk(ChatFilter filter, ChatSort sort, ChatFilter.Sql where, String after,
            Map<String, Object> params) {
        params.put("walk", WALK);
        ChatWalk stretch = ChatWalk.of(filter, sort, sizes.of(filter.workspaceId(), filter.category()));
        List<ChatRows.Raw> found = query(params, sort, "with c as (\n  " + stretch.chats(!after.isEmpty()) + ")\n"
                + "select " + ChatRows.COLUMNS + ", " + sort.keyColumn() + "\nfrom c\n" + ChatRows.JOINS
                + "where " + where.where() + "\norder by " + sort.orderBy() + "\nlimit :limit");
        if (found.size() >= (int) params.get("limit")) {
            return new Walked(found, false);
        }
        long length = db.sql(stretch.size(!after.isEmpty())).params(params).query(Long.class).single();
        return new Walked(found, length < WALK);
    }

    /** A walk's matches, and whether it read its whole stretch (then they are all there is). */
    private record Walked(List<ChatRows.Raw> found, boolean whole) {
    }

    /**
     * Every match, found through the filter indexes, sorted: the order's expression is
     * changed (not its result) so that no ordered index can be chosen in its place.
     */
    private List<ChatRows.Raw> collect(ChatSort sort, ChatFilter.Sql where, String after, Map<String, Object> params) {
        return query(params, sort, "with m as materialized (\n  select c.id from chats c\n  where " + where.where()
                + after + "\n  order by " + sort.orderByUnindexed() + "\n  limit :limit)\n"
                + "select " + ChatRows.COLUMNS + ", " + sort.keyColumn() + "\nfrom m\n"
                + "join chats c on c.workspace_id = :ws and c.id = m.id\n" + ChatRows.JOINS
                + "order by " + sort.orderBy());
    }

    private List<ChatRows.Raw> query(Map<String, Object> params, ChatSort sort, String sql) {
        return db.sql(sql).params(params).query((rs, n) -> {
            ChatRows.Raw raw = rows.raw(rs, n);
            raw.sortKey = sort.keyOf(rs);
            return raw;
        }).list();
    }

    /** Several chats' rows in one query, in the order given; those not found are left out. */
    List<ChatRow> rows(UUID workspaceId, List<UUID> chatIds) {
        if (chatIds.isEmpty()) {
            return List.of();
        }
        List<ChatRows.Raw> found = db.sql("select " + ChatRows.COLUMNS + "\nfrom chats c\n" + ChatRows.JOINS
                        + "where c.workspace_id = :ws and c.id = any(:ids)")
                .param("ws", workspaceId).param("ids", chatIds.toArray(UUID[]::new)).query(rows::raw).list();
        Map<UUID, ChatRows.Raw> byId = new HashMap<>();
        found.forEach(r -> byId.put(r.id, r));
        return rows.complete(workspaceId, chatIds.stream().map(byId::get).filter(java.util.Objects::nonNull).toList());
    }

    /** One chat's row, for a single chat answer and for live updates. */
    public Optional<ChatRow> row(UUID workspaceId, UUID chatId) {
        List<ChatRows.Raw> found = db.sql("select " + ChatRows.COLUMNS + "\nfrom chats c\n" + ChatRows.JOINS
                        + "where c.workspace_id = :ws and c.id = :id")
                .param("ws", workspaceId).param("id", chatId).query(rows::raw).list();
        return rows.complete(workspaceId, found).stream().findFirst();
    }
}
