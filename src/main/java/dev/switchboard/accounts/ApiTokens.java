package dev.switchboard.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** API tokens for integrations: only a hash is kept, the token is shown once. */
@Repository
class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient db;

    ApiTokens(JdbcClient db) {
        this.db = db;
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "sb_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    void create(UUID workspaceId, UUID id, UUID userId, String name, String token) {
        db.sql("""
                insert into api_tokens (workspace_id, id, user_id, name, token_hash)
                values (:ws, :id, :user, :name, :hash)
                """)
                .param("ws", workspaceId).param("id", id).param("user", userId).param("name", name)
                .param("hash", hash(token)).update();
    }

    List<TokenView> list(UUID workspaceId) {
        return db.sql("""
                select id, name, created_at, last_used_at from api_tokens
                where workspace_id = :ws order by created_at, id
                """)
                .param("ws", workspaceId)
                .query((rs, n) -> new TokenView(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("last_used_at") == null ? null : rs.getTimestamp("last_used_at").toInstant()))
                .list();
    }

    boolean revoke(UUID workspaceId, UUID id) {
        return db.sql("delete from api_tokens where workspace_id = :ws and id = :id")
                .param("ws", workspaceId).param("id", id).update() > 0;
    }

    record TokenView(UUID id, String name, Instant createdAt, @org.jspecify.annotations.Nullable Instant lastUsedAt) {
    }
}
