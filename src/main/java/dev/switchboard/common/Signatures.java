package dev.switchboard.common;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * HMAC-SHA256 signatures of raw bodies, as {@code sha256=<hex>}: Meta signs its webhooks so,
 * and Switchboard signs the API channel's and the outgoing webhooks' calls the same way.
 */
public final class Signatures {

    private Signatures() {
    }

    /** The hex HMAC-SHA256 of the body with the secret. */
    public static String hex(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The header value: {@code sha256=<hex>}. */
    public static String header(String secret, byte[] body) {
        return "sha256=" + hex(secret, body);
    }

    /** Whether a header carries the body's signature with this secret, compared in constant time. */
    public static boolean matches(@Nullable String header, String secret, byte[] body) {
        return header != null && MessageDigest.isEqual(header.trim().getBytes(StandardCharsets.UTF_8),
                header(secret, body).getBytes(StandardCharsets.UTF_8));
    }
}
