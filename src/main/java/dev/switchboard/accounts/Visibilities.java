package dev.switchboard.accounts;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Each user's {@link Visibility}, read once and kept until access in the workspace changes
 * ({@link #forget}, which every node hears of through the live notices) — and never longer
 * than {@link #LONGEST}, in case a change was made to the database by hand.
 */
@Component
public class Visibilities {

    static final Duration LONGEST = Duration.ofMinutes(5);

    private record Kept(UUID workspaceId, Visibility visibility, long readAt) {
    }

    private final JdbcClient db;
    private final Map<UUID, Kept> kept = new ConcurrentHashMap<>();
    /** Bumped by every change of access in a workspace: a read that overlapped one is not kept. */
    private final Map<UUID, AtomicLong> generations = new ConcurrentHashMap<>();

    Visibilities(JdbcClient db) {
        this.db = db;
    }

    public Visibility of(CurrentUser user) {
        if (user.isAdmin()) {
            return Visibility.everything(user.id());
        }
        return of(user.workspaceId(), user.id());
    }

    /** What the user may see now, by their role and channels as stored (not as their session remembers them). */
    public Visibility of(UUID workspaceId, UUID userId) {
        Kept k = kept.get(userId);
        if (k != null && System.nanoTime() - k.readAt() <= LONGEST.toNanos()) {
            return k.visibility();
        }
        AtomicLong generation = generations.computeIfAbsent(workspaceId, w -> new AtomicLong());
        long before = generation.get();
        Visibility read = read(workspaceId, userId);
        if (generation.get() == before) {
            kept.put(userId, new Kept(workspaceId, read, System.nanoTime()));
        }
        return read;
    }

    /** On this node, at once when the change is committed; the other nodes hear of it through the live notices. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(AccessChanged e) {
        forget(e.workspaceId());
    }

    /** Access in the workspace changed: every user of it is read again on their next call. */
    public void forget(UUID workspaceId) {
        generations.computeIfAbsent(workspaceId, w -> new AtomicLong()).incrementAndGet();
        kept.values().removeIf(k -> k.workspaceId().equals(workspaceId));
    }

    private Visibility read(UUID workspaceId, UUID userId) {
        return db.sql("""
                        select u.role, u.supervisor, w.operators_see_all_chats,
                               array(select uc.channel_id from user_channels uc
                                     where uc.workspace_id = u.workspace_id and uc.user_id = u.id) as channels
                        from users u join workspaces w on w.id = u.workspace_id
                        where u.workspace_id = :ws and u.id = :id and u.active
                        """)
                .param("ws", workspaceId).param("id", userId)
                .query((rs, n) -> {
                    if (Role.valueOf(rs.getString("role")).isAdmin()) {
                        return Visibility.everything(userId);
                    }
                    Set<UUID> channels = Arrays.stream((Object[]) rs.getArray("channels").getArray())
                            .map(UUID.class::cast).collect(Collectors.toUnmodifiableSet());
                    boolean all = rs.getBoolean("supervisor") || rs.getBoolean("operators_see_all_chats");
                    return new Visibility(userId, channels, !all);
                })
                .optional()
                .orElse(new Visibility(userId, Set.of(), true));
    }
}
