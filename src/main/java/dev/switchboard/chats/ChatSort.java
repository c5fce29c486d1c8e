package dev.switchboard.chats;

import dev.switchboard.common.BadRequest;
import dev.switchboard.common.Cursor;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The orders of the list, each keyset-paged on (sort key, id) along an index of the same
 * order. A chat nobody waits on sorts after every waiting one; a chat without a price after
 * every priced one.
 */
enum ChatSort {

    NEWEST("-lastActivity", "c.last_activity_at", "desc", "timestamptz"),
    OLDEST("lastActivity", "c.last_activity_at", "asc", "timestamptz"),
    LONGEST_WAITING("-waiting", "coalesce(c.awaiting_reply_since, 'infinity'::timestamptz)", "asc", "timestamptz"),
    HIGHEST_PRICE("-price", "coalesce(c.price_amount, -1)", "desc", "numeric");

    private final String wire;
    private final String key;
    private final String direction;
    private final String type;

    ChatSort(String wire, String key, String direction, String type) {
        this.wire = wire;
        this.key = key;
        this.direction = direction;
        this.type = type;
    }

    static ChatSort of(String wire) {
        for (ChatSort s : values()) {
            if (s.wire.equals(wire)) {
                return s;
            }
        }
        throw new BadRequest("sort", "sort must be -lastActivity, lastActivity, -waiting or -price");
    }

    /** Ordered by last activity, which the period filter bounds. */
    boolean byActivity() {
        return this == NEWEST || this == OLDEST;
    }

    String orderBy() {
        return key + " " + direction + ", c.id " + direction;
    }

    /** The same order by an expression no index has, so the planner has to sort what it found. */
    String orderByUnindexed() {
        String unindexed = this == HIGHEST_PRICE ? "(" + key + " + 0)" : "(" + key + " + interval '0 s')";
        return unindexed + " " + direction + ", c.id " + direction;
    }

    /** The rows after the cursor's position, in this order. */
    String after() {
        return after(key, "c.id");
    }

    /** The same for another relation that holds the chat's sort key and id. */
    String after(String keyColumn, String idColumn) {
        return "(" + keyColumn + ", " + idColumn + ") " + ("desc".equals(direction) ? "<" : ">")
                + " (cast(:afterKey as " + type + "), :afterId)";
    }

    /** The same order on another relation that holds the chat's sort key and id. */
    String orderBy(String keyColumn, String idColumn) {
        return keyColumn + " " + direction + ", " + idColumn + " " + direction;
    }

    /** The cursor's sort key as the query's parameter, checked to be of this order's type. */
    String keyParameter(Cursor cursor) {
        try {
            if (this == HIGHEST_PRICE) {
                return new BigDecimal(cursor.key()).toPlainString();
            }
            return "infinity".equals(cursor.key()) ? "infinity" : cursor.instant().toString();
        } catch (RuntimeException e) {
            throw new BadRequest("cursor", "The cursor is not valid");
        }
    }

    /** The select list expression that gives a row's sort key. */
    String keyColumn() {
        return key + " as sort_key, (" + key + ")::text as sort_key_text";
    }

    String keyOf(ResultSet rs) throws SQLException {
        if (this == HIGHEST_PRICE) {
            return rs.getBigDecimal("sort_key").toPlainString();
        }
        String text = rs.getString("sort_key_text");
        return "infinity".equals(text) ? "infinity" : rs.getTimestamp("sort_key").toInstant().toString();
    }
}
