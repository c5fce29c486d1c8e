package dev.switchboard.channels;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The channels each workspace connected. */
@Repository
public class Channels {

    private static final String COLUMNS = """
            workspace_id, id, type, name, case when disabled_at is null then status else 'disabled' end as status,
            settings::text as settings, secret""";

    private final JdbcClient db;
    private final JsonMapper json;

    Channels(JdbcClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /** Adds a channel as it is, without asking its platform: for the demo workspace. */
    public void register(Channel c) {
        create(c);
    }

    void create(Channel c) {
        db.sql("""
                insert into channels (workspace_id, id, type, name, status, settings, secret)
                values (:ws, :id, :type, :name, :status, cast(:settings as jsonb), :secret)
                """)
                .param("ws", c.workspaceId()).param("id", c.id()).param("type", c.type().name())
                .param("name", c.name()).param("status", c.status())
                .param("settings", json.writeValueAsString(c.settings())).param("secret", c.secret())
                .update();
    }

    void update(Channel c) {
        db.sql("""
                update channels set name = :name, settings = cast(:settings as jsonb), secret = :secret,
                       -- 'disabled' is kept apart, so enabling gives the channel back its own status (e.g. demo)
                       status = case when :status = 'disabled' then status else :status end
                where workspace_id = :ws and id = :id
                """)
                .param("ws", c.workspaceId()).param("id", c.id()).param("name", c.name())
                .param("status", c.status()).param("settings", json.writeValueAsString(c.settings()))
                .param("secret", c.secret())
                .update();
    }

    public Optional<Channel> find(UUID workspaceId, UUID id) {
        return db.sql("select " + COLUMNS + " from channels where workspace_id = :ws and id = :id and deleted_at is null")
                .param("ws", workspaceId).param("id", id).query(this::channel).optional();
    }

    /** The channel a call from outside names (a platform's hook, a widget's visitor), who know no workspace. */
    public Optional<Channel> forHook(UUID id) {
        return db.sql("select " + COLUMNS + " from channels where id = :id and deleted_at is null")
                .param("id", id).query(this::channel).optional();
    }

    /** Every workspace's live channels of one type (the mailboxes to poll). */
    public List<Channel> ofType(ChannelType type) {
        return db.sql("select " + COLUMNS + """
                 from channels where type = :type and deleted_at is null and disabled_at is null and status <> 'demo'
                order by id
                """)
                .param("type", type.name()).query(this::channel).list();
    }

    /** Keeps a connector's own state among the settings (a mailbox's last read message). */
    public void saveSettings(Channel channel, Map<String, Object> settings) {
        db.sql("update channels set settings = cast(:settings as jsonb) where workspace_id = :ws and id = :id")
                .param("ws", channel.workspaceId()).param("id", channel.id())
                .param("settings", json.writeValueAsString(settings)).update();
    }

    public List<Channel> list(UUID workspaceId) {
        return db.sql("select " + COLUMNS + " from channels where workspace_id = :ws and deleted_at is null order by name, id")
                .param("ws", workspaceId).query(this::channel).list();
    }

    /** Pauses or resumes a channel; answers whether the channel exists. */
    boolean setEnabled(UUID workspaceId, UUID id, boolean enabled) {
        return db.sql("""
                update channels set disabled_at = case when :enabled then null else coalesce(disabled_at, now()) end
                where workspace_id = :ws and id = :id and deleted_at is null
                """)
                .param("ws", workspaceId).param("id", id).param("enabled", enabled).update() > 0;
    }

    /** What a channel last heard from its platform, and the last call it refused. */
    record Health(java.time.@org.jspecify.annotations.Nullable Instant lastEventAt,
            @org.jspecify.annotations.Nullable String problem,
            java.time.@org.jspecify.annotations.Nullable Instant problemAt) {
        static final Health NONE = new Health(null, null, null);
    }

    /** The health of a workspace's channels, or of one of them when {@code id} is given. */
    Map<UUID, Health> health(UUID workspaceId, @org.jspecify.annotations.Nullable UUID id) {
        Map<UUID, Health> found = new java.util.HashMap<>();
        db.sql("""
                select id, last_event_at, last_problem, last_problem_at from channels
                where workspace_id = :ws and (cast(:id as uuid) is null or id = :id)
                """)
                .param("ws", workspaceId).param("id", id)
                .query(rs -> {
                    found.put(rs.getObject("id", UUID.class), new Health(instant(rs, "last_event_at"),
                            rs.getString("last_problem"), instant(rs, "last_problem_at")));
                });
        return found;
    }

    private static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /** When this node last wrote that a channel was heard: a busy hook does not touch the row each call. */
    private final Map<UUID, java.time.Instant> lastHeard = new java.util.concurrent.ConcurrentHashMap<>();

    /** Notes that the platform reached the channel; at most one write a minute, however busy the hook. */
    public void heard(UUID id) {
        java.time.Instant now = java.time.Instant.now();
        java.time.Instant before = lastHeard.get(id);
        if (before != null && before.isAfter(now.minusSeconds(60))) {
            return;
        }
        lastHeard.put(id, now);
        db.sql("""
                update channels set last_event_at = now()
                where id = :id and (last_event_at is null or last_event_at < now() - interval '1 minute')
                """)
                .param("id", id).update();
    }

    /** Notes a hook call the channel refused (a wrong signature or secret…); at most one write a minute. */
    public void refused(UUID id, String problem) {
        db.sql("""
                update channels set last_problem = :problem, last_problem_at = now()
                where id = :id and (last_problem_at is null or last_problem_at < now() - interval '1 minute'
                                    or last_problem is distinct from :problem)
                """)
                .param("id", id).param("problem", problem).update();
    }

    boolean delete(UUID workspaceId, UUID id) {
        return db.sql("update channels set deleted_at = now(), status = 'deleted' where workspace_id = :ws and id = :id and deleted_at is null")
                .param("ws", workspaceId).param("id", id).update() > 0;
    }

    private Channel channel(ResultSet rs, int n) throws SQLException {
        Map<String, Object> settings = json.readValue(rs.getString("settings"), new TypeReference<Map<String, Object>>() {
        });
        return new Channel(rs.getObject("workspace_id", UUID.class), rs.getObject("id", UUID.class),
                ChannelType.valueOf(rs.getString("type")), rs.getString("name"), rs.getString("status"),
                settings, rs.getString("secret"));
    }
}
