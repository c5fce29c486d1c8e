package dev.switchboard.chats;

import dev.switchboard.accounts.Visibility;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tab counters and the unread counter. Filters by channel (type), responsible, stage,
 * source type and state are sums of the maintained facet counters (V4), exact and cheap;
 * so are the same with one tag, from the counters kept per tag and facet (V9). Several
 * tags, a period, tasks and client search are counted on the chats themselves, up to
 * {@value #CAP} per counter — past that a screen shows "1,000+" — in the two shapes of
 * the list: a bounded walk of the tab's newest chats first, the filter indexes only when
 * that walk neither reaches the cap nor the end of the tab.
 */
@Repository
class ChatCounts {

    static final int CAP = 1_000;
    /** How many of a tab's newest chats a count walks before it asks the filter indexes. */
    static final int WALK = 20_000;
    private static final UUID NONE = new UUID(0, 0);
    private static final List<String> CATEGORIES = List.of("new", "accepted", "archive");

    private final JdbcClient db;
    private final ClientMatches clients;
    private final WalkSizes sizes;

    ChatCounts(JdbcClient db, ClientMatches clients, WalkSizes sizes) {
        this.db = db;
        this.clients = clients;
        this.sizes = sizes;
    }

    /** {new, accepted, archive, unread} and the names of those that are only lower bounds. */
    record Counts(Map<String, Long> values, List<String> capped) {
    }

    @Transactional(readOnly = true)
    Counts count(ChatFilter filter) {
        ChatFilter all = filter.withCategory(null);
        if (all.isCountable() || all.isOneTag()) {
            return fromCounters(all);
        }
        ChatFilter narrowed = clients.narrow(all);
        return narrowed.clients() != null ? ofClients(narrowed) : counted(narrowed);
    }

    /**
     * A search that found a few clients: their chats, read by client from the index of
     * (workspace, client, tab, activity), counted exactly in one pass for every tab.
     */
    private Counts ofClients(ChatFilter filter) {
        ChatFilter.Sql where = filter.toSql();
        return perCategory("select c.category, count(*) as chats, count(*) filter (where c.unread_count > 0) as unread"
                + " from chats c where " + where.where() + " group by c.category", where.params());
    }

    private Counts fromCounters(ChatFilter filter) {
        Map<String, Object> params = new HashMap<>();
        params.put("ws", filter.workspaceId());
        StringBuilder where = new StringBuilder("k.workspace_id = :ws");
        String counters = "chat_counters";
        if (filter.isOneTag()) {
            counters = "tag_counters";
            where.append(" and k.tag_id = :tag");
            params.put("tag", filter.tags().getFirst());
        }
        Visibility visibility = filter.visibility();
        if (visibility.channels() != null) {
            where.append(" and k.channel_id = any(:seenChannels)");
            params.put("seenChannels", visibility.channels().toArray(UUID[]::new));
        }
        if (visibility.ownOnly()) {
            where.append(" and (k.category = 'new' or k.responsible_id = :seenBy)");
            params.put("seenBy", visibility.userId());
        }
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
                responsible.add(NONE);
            }
            where.append(" and k.responsible_id = any(:responsible)");
            params.put("responsible", responsible.toArray(UUID[]::new));
        }
        if (!filter.stages().isEmpty()) {
            where.append(" and k.stage_id = any(:stages)");
            params.put("stages", filter.stages().toArray(UUID[]::new));
        }
        if (filter.sourceType() != null) {
            where.append(" and k.source_type = :sourceType");
            params.put("sourceType", filter.sourceType());
        }
        return sum(filter.state(), counters + " k where " + where, params);
    }

    /** The counters' rows that match, summed per category; the unread of the archive do not count. */
    private Counts sum(ChatFilter.State state, String rows, Map<String, Object> params) {
        String[] measure = measure(state);
        return perCategory("select k.category, sum(" + measure[0] + ") as chats, sum(" + measure[1] + ") as unread"
                + " from " + rows + " group by k.category", params);
    }

    /** Exact counts from a query answering (category, chats, unread) per tab. */
    private Counts perCategory(String sql, Map<String, Object> params) {
        Map<String, Long> values = empty();
        db.sql(sql).params(params).query(rs -> {
            String category = rs.getString("category");
            values.put(category, rs.getLong("chats"));
            if (!"archive".equals(category)) {
                values.merge("unread", rs.getLong("unread"), Long::sum);
            }
        });
        return new Counts(values, List.of());
    }

    /** What a state counts among a facet row's chats, and among those the unread ones. */
    private static String[] measure(ChatFilter.State state) {
        if (state == null) {
            return new String[] {"k.chats", "k.unread"};
        }
        return switch (state) {
            case unread -> new String[] {"k.unread", "k.unread"};
            case read -> new String[] {"k.chats - k.unread", "0"};
            case unanswered -> new String[] {"k.awaiting", "k.unread_awaiting"};
            case answered -> new String[] {"k.chats - k.awaiting", "k.unread - k.unread_awaiting"};
        };
    }

    private Counts counted(ChatFilter filter) {
        Map<String, Long> values = empty();
        List<String> capped = new ArrayList<>();
        long unread = 0;
        for (String category : CATEGORIES) {
            ChatFilter inTab = filter.withCategory(Category.of(category));
            long n = capped(inTab, "true");
            values.put(category, Math.min(n, CAP));
            if (n > CAP) {
                capped.add(category);
            }
            if (!"archive".equals(category) && filter.state() != ChatFilter.State.read) {
                // the unread ones walk the index of unread chats, a few of the tab
                unread += filter.state() == null || filter.state() == ChatFilter.State.unread
                        ? capped(inTab.withState(ChatFilter.State.unread), "true")
                        : capped(inTab, "c.unread_count > 0");
            }
        }
        values.put("unread", Math.min(unread, CAP));
        if (unread > CAP) {
            capped.add("unread");
        }
        return new Counts(values, capped);
    }

    /**
     * The chats of one tab the filter (and one more condition) matches, counted up to one
     * past the cap: along the tab's newest {@value #WALK} chats first, stopping at the cap;
     * through the filter indexes only when the walk neither reached the cap nor the tab's end.
     */
    private long capped(ChatFilter inTab, String also) {
        ChatFilter.Sql where = inTab.toSql();
        if (inTab.clients() != null) {
            return indexed(where, also);
        }
        Map<String, Object> params = new HashMap<>(where.params());
        params.put("walk", WALK);
        ChatWalk stretch = ChatWalk.of(inTab, ChatSort.NEWEST, sizes.of(inTab.workspaceId(), inTab.category()));
        long hits = db.sql("select count(*) from (select 1 from (" + stretch.chats(false) + ") c\n"
                        + "where " + where.where() + " and " + also + " limit " + (CAP + 1) + ") x")
                .params(params).query(Long.class).single();
        if (hits > CAP) {
            return hits;
        }
        long walked = db.sql(stretch.size(false)).params(params).query(Long.class).single();
        if (walked < WALK) {
            return hits;
        }
        return indexed(where, also);
    }

    /** A rare combination: asked of the filter indexes, never of a scan of the whole table. */
    private long indexed(ChatFilter.Sql where, String also) {
        db.sql("set local enable_seqscan = off").update();
        return db.sql("select count(*) from (select 1 from chats c where " + where.where() + " and " + also
                        + " limit " + (CAP + 1) + ") x")
                .params(where.params()).query(Long.class).single();
    }

    private static Map<String, Long> empty() {
        Map<String, Long> values = new LinkedHashMap<>();
        CATEGORIES.forEach(c -> values.put(c, 0L));
        values.put("unread", 0L);
        return values;
    }
}
