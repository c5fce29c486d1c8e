package dev.switchboard.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The users of the workspaces and the channels each one works in. */
@Repository
public class Users {

    private static final String COLUMNS = "id, name, email, role, supervisor";

    private final JdbcClient db;

    Users(JdbcClient db) {
        this.db = db;
    }

    void create(UUID workspaceId, UUID id, String name, String email, String passwordHash, Role role,
            boolean supervisor) {
        db.sql("""
                insert into users (workspace_id, id, name, email, password_hash, role, supervisor)
                values (:ws, :id, :name, :email, :hash, :role, :supervisor)
                """)
                .param("ws", workspaceId).param("id", id).param("name", name).param("email", email)
                .param("hash", passwordHash).param("role", role.name()).param("supervisor", supervisor)
                .update();
    }

    public boolean emailTaken(String email) {
        return db.sql("select exists (select 1 from users where lower(email) = lower(:email))")
                .param("email", email).query(Boolean.class).single();
    }

    Optional<Credentials> credentials(String email) {
        return db.sql("""
                select workspace_id, id, name, email, role, supervisor, password_hash
                from users where lower(email) = lower(:email) and active
                """)
                .param("email", email)
                .query((rs, n) -> new Credentials(currentUser(rs), rs.getString("password_hash")))
                .optional();
    }

    /** The active user an API token belongs to, in one query: every API call asks this first. */
    Optional<CurrentUser> byTokenHash(String tokenHash) {
        return db.sql("""
                select u.workspace_id, u.id, u.name, u.email, u.role, u.supervisor, u.password_hash
                from api_tokens t join users u on u.workspace_id = t.workspace_id and u.id = t.user_id
                where t.token_hash = :hash and u.active
                """)
                .param("hash", tokenHash)
                .query((rs, n) -> currentUser(rs))
                .optional();
    }

    Optional<CurrentUser> currentUser(UUID workspaceId, UUID id) {
        return db.sql("""
                select workspace_id, id, name, email, role, supervisor, password_hash
                from users where workspace_id = :ws and id = :id and active
                """)
                .param("ws", workspaceId).param("id", id)
                .query((rs, n) -> currentUser(rs))
                .optional();
    }

    public List<User> list(UUID workspaceId) {
        return db.sql("select " + COLUMNS + " from users where workspace_id = :ws and active order by name, id")
                .param("ws", workspaceId).query((rs, n) -> user(rs)).list();
    }

    public Optional<User> find(UUID workspaceId, UUID id) {
        return db.sql("select " + COLUMNS + " from users where workspace_id = :ws and id = :id and active")
                .param("ws", workspaceId).param("id", id).query((rs, n) -> user(rs)).optional();
    }

    void update(UUID workspaceId, UUID id, String name, Role role, boolean supervisor) {
        db.sql("update users set name = :name, role = :role, supervisor = :supervisor where workspace_id = :ws and id = :id")
                .param("ws", workspaceId).param("id", id).param("name", name).param("role", role.name())
                .param("supervisor", supervisor).update();
    }

    void setPassword(UUID workspaceId, UUID id, String passwordHash) {
        db.sql("update users set password_hash = :hash where workspace_id = :ws and id = :id")
                .param("ws", workspaceId).param("id", id).param("hash", passwordHash).update();
    }

    /** Signs a user out of the workspace for good; their chats and messages keep their name. */
    void deactivate(UUID workspaceId, UUID id) {
        db.sql("update users set active = false where workspace_id = :ws and id = :id")
                .param("ws", workspaceId).param("id", id).update();
        db.sql("delete from api_tokens where workspace_id = :ws and user_id = :id")
                .param("ws", workspaceId).param("id", id).update();
    }

    /** The channels an operator was given; admins work in every channel. */
    public List<UUID> channelIds(UUID workspaceId, UUID userId) {
        return db.sql("select channel_id from user_channels where workspace_id = :ws and user_id = :id")
                .param("ws", workspaceId).param("id", userId).query(UUID.class).list();
    }

    void setChannels(UUID workspaceId, UUID userId, List<UUID> channelIds) {
        db.sql("delete from user_channels where workspace_id = :ws and user_id = :id")
                .param("ws", workspaceId).param("id", userId).update();
        for (UUID channelId : channelIds) {
            db.sql("""
                    insert into user_channels (workspace_id, user_id, channel_id)
                    select :ws, :id, c.id from channels c where c.workspace_id = :ws and c.id = :channel
                    """)
                    .param("ws", workspaceId).param("id", userId).param("channel", channelId).update();
        }
    }

    /** A short fingerprint of the password hash: it changes exactly when the password does. */
    private static String stamp(String passwordHash) {
        return ApiTokens.hash(passwordHash).substring(0, 16);
    }

    private static User user(ResultSet rs) throws SQLException {
        return new User(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("email"),
                Role.valueOf(rs.getString("role")), rs.getBoolean("supervisor"));
    }

    private static CurrentUser currentUser(ResultSet rs) throws SQLException {
        return new CurrentUser(rs.getObject("workspace_id", UUID.class), rs.getObject("id", UUID.class),
                rs.getString("name"), rs.getString("email"), Role.valueOf(rs.getString("role")),
                rs.getBoolean("supervisor"), stamp(rs.getString("password_hash")));
    }

    record Credentials(CurrentUser user, String passwordHash) {
    }
}
