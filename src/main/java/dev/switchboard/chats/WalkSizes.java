package dev.switchboard.chats;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many chats of a tab each ordered index holds — the unread, those with open tasks, a
 * responsible's, a channel's, a tag's — so that a filtered page walks the narrowest one.
 * Read from the maintained counters and kept for {@link #FRESH} per workspace: the sizes
 * only steer the choice of index, never what a page holds, so a few seconds' lag costs
 * nothing but a slower walk.
 */
@Component
class WalkSizes {

    static final Duration FRESH = Duration.ofSeconds(30);
    private static final UUID NONE = new UUID(0, 0);

    /** The sizes of one tab; a responsible of {@code null} is "nobody". */
    record Tab(long unread, long withTasks, Map<UUID, Long> responsible, Map<UUID, Long> channels,
            Map<UUID, Long> tags) {

        long responsible(UUID id) {
            return responsible.getOrDefault(id == null ? NONE : id, 0L);
        }
    }

    private record Snapshot(Instant taken, Map<String, Tab> tabs) {
    }

    private final JdbcClient db;
    private final Clock clock;
    private final Map<UUID, Snapshot> snapshots = new ConcurrentHashMap<>();

    WalkSizes(JdbcClient db) {
        this.db = db;
        this.clock = Clock.systemUTC();
    }

    Tab of(UUID ws, Category category) {
        Snapshot snapshot = snapshots.get(ws);
        if (snapshot == null || snapshot.taken().plus(FRESH).isBefore(clock.instant())) {
            snapshot = take(ws);
            snapshots.put(ws, snapshot);
        }
        Tab tab = snapshot.tabs().get(category.wire());
        return tab != null ? tab : new Tab(0, 0, Map.of(), Map.of(), Map.of());
    }

    private Snapshot take(UUID ws) {
        Map<String, Long> unread = new HashMap<>();
        Map<String, Long> withTasks = new HashMap<>();
        Map<String, Map<UUID, Long>> responsible = new HashMap<>();
        Map<String, Map<UUID, Long>> channels = new HashMap<>();
        Map<String, Map<UUID, Long>> tags = new HashMap<>();
        db.sql("""
                select category, 'responsible' as dimension, responsible_id as id, sum(chats) as n, sum(unread) as unread
                from chat_counters where workspace_id = :ws group by category, responsible_id
                union all
                select category, 'channel', channel_id, sum(chats), 0 from chat_counters
                where workspace_id = :ws group by category, channel_id
                union all
                select category, 'tag', tag_id, sum(chats), 0 from tag_counters
                where workspace_id = :ws group by category, tag_id
                union all
                select category, 'tasks', null, count(*), 0 from chats
                where workspace_id = :ws and open_tasks > 0 group by category
                """)
                .param("ws", ws)
                .query(rs -> {
                    String category = rs.getString("category");
                    UUID id = rs.getObject("id", UUID.class);
                    long n = rs.getLong("n");
                    switch (rs.getString("dimension")) {
                        case "responsible" -> {
                            responsible.computeIfAbsent(category, k -> new HashMap<>()).put(id, n);
                            unread.merge(category, rs.getLong("unread"), Long::sum);
                        }
                        case "channel" -> channels.computeIfAbsent(category, k -> new HashMap<>()).put(id, n);
                        case "tag" -> tags.computeIfAbsent(category, k -> new HashMap<>()).put(id, n);
                        default -> withTasks.put(category, n);
                    }
                });
        Map<String, Tab> tabs = new HashMap<>();
        for (Category category : Category.values()) {
            String c = category.wire();
            tabs.put(c, new Tab(unread.getOrDefault(c, 0L), withTasks.getOrDefault(c, 0L),
                    responsible.getOrDefault(c, Map.of()), channels.getOrDefault(c, Map.of()),
                    tags.getOrDefault(c, Map.of())));
        }
        return new Snapshot(clock.instant(), tabs);
    }
}
