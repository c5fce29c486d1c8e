package dev.switchboard.widget;

import dev.switchboard.channels.Channel;
import dev.switchboard.common.Signatures;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who a visitor is, remembered by their browser across page loads: {@code <visitor id>.<signature>},
 * signed with the widget's secret. Rotating the secret forgets every visitor; a new token is
 * issued on their next page load. The same secret signs the links to a chat's files.
 */
final class VisitorTokens {

    private VisitorTokens() {
    }

    static String issue(Channel channel) {
        String visitor = UUID.randomUUID().toString().replace("-", "");
        return visitor + "." + sign(channel, "visitor:" + visitor);
    }

    /** The visitor a token names, when the token is this widget's. */
    static Optional<String> visitor(Channel channel, @Nullable String token) {
        if (token == null || !token.matches("[0-9a-f]{32}\\.[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        String visitor = token.substring(0, 32);
        return same(token.substring(33), sign(channel, "visitor:" + visitor)) ? Optional.of(visitor) : Optional.empty();
    }

    /** The signature a link to one of the chat's files carries. */
    static String fileSignature(Channel channel, UUID attachmentId) {
        return sign(channel, "file:" + attachmentId).substring(0, 22);
    }

    static boolean fileSignatureMatches(Channel channel, UUID attachmentId, @Nullable String signature) {
        return signature != null && same(signature, fileSignature(channel, attachmentId));
    }

    private static String sign(Channel channel, String what) {
        byte[] mac = HexFormat.of().parseHex(Signatures.hex(channel.secret(),
                (channel.id() + ":" + what).getBytes(StandardCharsets.UTF_8)));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac);
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
