package dev.switchboard.chats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tab counters and the unread counter, in one query. Channel and responsible filters
 * are answered exactly from the maintained counters; any other filter is counted on the
 * chats themselves, but only up to {@value #CAP} per counter — past that a screen shows
 * "10,000+" and nobody needs the exact figure.
 */
@Repository
class ChatCounts {

    static final int CAP = 10_000;
    private static final UUID NOBODY = new UUID(0, 0);

    private final JdbcClient db;

    ChatCounts(JdbcClient db) {
        this.db = db;
    }

    /** {new, accepted, archive, unread} and the names of those that are only lower bounds. */
    record Counts(Map<String, Long> values, List<String> capped) {
    }

    Counts count(ChatFilter filter) {
        ChatFilter all = filter.withCategory(null);
        return all.isCountable() ? fromCounters(all) : capped(all);
    }

    private Counts fromCounters(ChatFilter filter) {
        Map<String, Object> params = new HashMap<>();
        params.put("ws", filter.workspaceId());
        StringBuilder where = new StringBuilder("k.workspace_id = :ws");
        if (!filter.channels().isEmpty()) {
            where.append(" and k.channel_id = any(:channels)");
            params.put("channels", filter.channels().toArray(UUID[]::new));
        }
        if (!filter.channelTypes().isEmpty()) {
            where.append(" and k.channel_id in (select ch.id from channels ch where ch.workspace_id = :ws"
                    + " and ch.type = any(:channelTypes))");
            params.put("channelTypes", filter.channelTypes().toArray(String[]::new));
        }
        if (filter.filtersResponsible()) {
            List<UUID> responsible = new ArrayList<>(filter.responsible());
            if (filter.nobodyResponsible()) {
                responsible.add(NOBODY);
            }
            where.append(" and k.responsible_id = any(:responsible)");
            params.put("responsible", responsible.toArray(UUID[]::new));
        }
        boolean onlyUnread = filter.state() == ChatFilter.State.unread;
        Map<String, Long> values = empty();
        db.sql("select k.category, sum(k.chats) as chats, sum(k.unread) as unread from chat_counters k where "
                        + where + " group by k.category")
                .params(params)
                .query(rs -> {
                    String category = rs.getString("category");
                    long unread = rs.getLong("unread");
                    values.put(category, onlyUnread ? unread : rs.getLong("chats"));
                    if (!"archive".equals(category)) {
                        values.merge("unread", unread, Long::sum);
                    }
                });
        return new Counts(values, List.of());
    }

    private Counts capped(ChatFilter filter) {
        ChatFilter.Sql where = filter.toSql();
        String counted = "(select count(*) from (select 1 from chats c where " + where.where()
                + " and %s limit " + (CAP + 1) + ") x) as %s";
        String sql = "select " + String.join(",\n", List.of(
                counted.formatted("c.category = 'new'", "new"),
                counted.formatted("c.category = 'accepted'", "accepted"),
                counted.formatted("c.category = 'archive'", "archive"),
                counted.formatted("c.category <> 'archive' and c.unread_count > 0", "unread")));
        Map<String, Long> values = empty();
        List<String> capped = new ArrayList<>();
        db.sql(sql).params(where.params()).query(rs -> {
            for (String name : List.of("new", "accepted", "archive", "unread")) {
                long n = rs.getLong(name);
                if (n > CAP) {
                    capped.add(name);
                    n = CAP;
                }
                values.put(name, n);
            }
        });
        return new Counts(values, capped);
    }

    private static Map<String, Long> empty() {
        Map<String, Long> values = new LinkedHashMap<>();
        values.put("new", 0L);
        values.put("accepted", 0L);
        values.put("archive", 0L);
        values.put("unread", 0L);
        return values;
    }
}
