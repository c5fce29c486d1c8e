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

    private static final String COLUMNS = "workspace_id, id, type, name, status, settings::text as settings, secret";

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
                update channels set name = :name, status = :status, settings = cast(:settings as jsonb), secret = :secret
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

    /** The channel a platform's hook call names; hooks know no workspace. */
    Optional<Channel> forHook(UUID id) {
        return db.sql("select " + COLUMNS + " from channels where id = :id and deleted_at is null")
                .param("id", id).query(this::channel).optional();
    }

    public List<Channel> list(UUID workspaceId) {
        return db.sql("select " + COLUMNS + " from channels where workspace_id = :ws and deleted_at is null order by name, id")
                .param("ws", workspaceId).query(this::channel).list();
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
