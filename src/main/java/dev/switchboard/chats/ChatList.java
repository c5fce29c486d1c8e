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
 * common one. So a filtered page first walks a bounded stretch of the ordered index
 * ({@value #WALK} chats) and keeps the matches; only when that stretch holds too few does
 * it collect the matches through the filter indexes and sort just those.
 */
@Repository
public class ChatList {

    /** How far a filtered page walks the ordered index before it asks the filter indexes instead. */
    static final int WALK = 4000;

    private final JdbcClient db;
    private final ChatRows rows;
    private final ClientMatches clients;

    ChatList(JdbcClient db, ChatRows rows, ClientMatches clients) {
        this.db = db;
        this.rows = rows;
        this.clients = clients;
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
            found = walk(filter, sort, where, after, params);
            if (found.size() <= limit) {
                found = collect(sort, where, after, params);
            }
        }
        String next = null;
        if (found.size() > limit) {
            found = found.subList(0, limit);
            ChatRows.Raw last = found.getLast();
            next = Cursor.of(last.sortKey, last.id).encode();
        }
        return new Page<>(rows.complete(filter.workspaceId(), found), next);
    }

    /** The matches within the next {@value #WALK} chats of the ordered index. */
    private List<ChatRows.Raw> walk(ChatFilter filter, ChatSort sort, ChatFilter.Sql where, String after,
            Map<String, Object> params) {
        params.put("walk", WALK);
        return query(params, sort, "with c as (\n  select c.* from chats c\n  where " + walkBounds(filter, sort)
                + after + "\n  order by " + sort.orderBy() + "\n  limit :walk)\n"
                + "select " + ChatRows.COLUMNS + ", " + sort.keyColumn() + "\nfrom c\n" + ChatRows.JOINS
                + "where " + where.where() + "\norder by " + sort.orderBy() + "\nlimit :limit");
    }

    /**
     * The conditions an ordered index answers itself: unread chats, chats with open tasks, a
     * single responsible or channel each have an index of their own in activity order, and a
     * period bounds the walk.
     */
    static String walkBounds(ChatFilter filter, ChatSort sort) {
        StringBuilder bounds = new StringBuilder("c.workspace_id = :ws and c.category = :category");
        if (!sort.byActivity()) {
            return bounds.toString();
        }
        if (filter.state() == ChatFilter.State.unread) {
            bounds.append(" and c.unread_count > 0");
        } else if (filter.tasks() != null && filter.tasks() != ChatFilter.Tasks.none) {
            bounds.append(" and c.open_tasks > 0");
        } else if (filter.responsible().size() + (filter.nobodyResponsible() ? 1 : 0) == 1) {
            bounds.append(filter.nobodyResponsible() ? " and c.responsible_id is null"
                    : " and c.responsible_id = (:responsible)[1]");
        } else if (filter.channels().size() == 1) {
            bounds.append(" and c.channel_id = (:channels)[1]");
        }
        if (filter.from() != null) {
            bounds.append(" and c.last_activity_at >= :from");
        }
        if (filter.to() != null) {
            bounds.append(" and c.last_activity_at < :to");
        }
        return bounds.toString();
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

    /** One chat's row, for a single chat answer and for live updates. */
    public Optional<ChatRow> row(UUID workspaceId, UUID chatId) {
        List<ChatRows.Raw> found = db.sql("select " + ChatRows.COLUMNS + "\nfrom chats c\n" + ChatRows.JOINS
                        + "where c.workspace_id = :ws and c.id = :id")
                .param("ws", workspaceId).param("id", chatId).query(rows::raw).list();
        return rows.complete(workspaceId, found).stream().findFirst();
    }
}
