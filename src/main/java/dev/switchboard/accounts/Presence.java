package dev.switchboard.accounts;

import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is online, across the nodes: a user with an open live stream on some node. Each node
 * marks its own users and touches them every {@link #BEAT}; one not touched for
 * {@link #GONE} counts as offline (its node went away without saying so).
 */
@Component
public class Presence {

    public static final Duration BEAT = Duration.ofSeconds(30);
    static final Duration GONE = Duration.ofSeconds(90);

    private final JdbcClient db;
    private final UUID node = UUID.randomUUID();

    Presence(JdbcClient db) {
        this.db = db;
    }

    public void online(UUID workspaceId, UUID userId) {
        db.sql("""
                insert into presence (workspace_id, user_id, node) values (:ws, :user, :node)
                on conflict (workspace_id, user_id, node) do update set seen_at = now()
                """)
                .param("ws", workspaceId).param("user", userId).param("node", node).update();
    }

    public void offline(UUID workspaceId, UUID userId) {
        db.sql("delete from presence where workspace_id = :ws and user_id = :user and node = :node")
                .param("ws", workspaceId).param("user", userId).param("node", node).update();
    }

    /** This node's users are still here; rows of nodes long gone are cleared. */
    @Transactional
    public void beat(Collection<UUID> userIds) {
        db.sql("update presence set seen_at = now() where node = :node and user_id = any(:users)")
                .param("node", node).param("users", userIds.toArray(UUID[]::new)).update();
        db.sql("delete from presence where node <> :node and seen_at < now() - make_interval(secs => :gone)")
                .param("node", node).param("gone", GONE.toSeconds()).update();
    }

    /**
     * The online operator of the channel who was assigned a chat automatically longest ago
     * (or never), marked as assigned now. Two nodes assigning at once skip each other's pick.
     */
    @Transactional
    public Optional<User> nextOperator(UUID workspaceId, UUID channelId) {
        return db.sql("""
                        update users u set last_auto_assigned_at = now()
                        where (u.workspace_id, u.id) = (
                            select u2.workspace_id, u2.id from users u2
                            join user_channels uc on uc.workspace_id = u2.workspace_id and uc.user_id = u2.id
                            where u2.workspace_id = :ws and uc.channel_id = :channel and u2.active
                              and u2.role = 'operator'
                              and exists (select 1 from presence p where p.workspace_id = u2.workspace_id
                                          and p.user_id = u2.id and p.seen_at > now() - make_interval(secs => :gone))
                            order by u2.last_auto_assigned_at nulls first, u2.id
                            limit 1 for update of u2 skip locked)
                        returning u.id, u.name, u.email, u.role, u.supervisor
                        """)
                .param("ws", workspaceId).param("channel", channelId).param("gone", GONE.toSeconds())
                .query((rs, n) -> new User(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("email"),
                        Role.valueOf(rs.getString("role")), rs.getBoolean("supervisor")))
                .optional();
    }
}
