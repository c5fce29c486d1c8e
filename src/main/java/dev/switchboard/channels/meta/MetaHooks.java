package dev.switchboard.channels.meta;

import dev.switchboard.channels.Channel;
import dev.switchboard.channels.HookAnswer;
import dev.switchboard.channels.HookCall;
import dev.switchboard.channels.HookRejected;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every Meta webhook shares (WhatsApp, Instagram, Facebook pages): the {@code GET} that
 * verifies the hook ({@code hub.mode=subscribe}, the channel's {@code verifyToken}, echo
 * {@code hub.challenge}), and the {@code X-Hub-Signature-256} on every {@code POST}, an
 * HMAC-SHA256 of the raw body with the app secret, checked before anything is read.
 */
public final class MetaHooks {

    private MetaHooks() {
    }

    /** The answer to Meta's verification call; empty for a POST, which must then pass {@link #checkSignature}. */
    public static Optional<HookAnswer> verification(Channel channel, HookCall call) {
        if (!"GET".equals(call.method())) {
            if (!"POST".equals(call.method())) {
                throw new HookRejected(405, "Meta posts its webhooks");
            }
            return Optional.empty();
        }
        String token = call.query().getOrDefault("hub.verify_token", "");
        if (!"subscribe".equals(call.query().get("hub.mode")) || !MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), channel.setting("verifyToken").getBytes(StandardCharsets.UTF_8))) {
            throw new HookRejected(403, "The verify token does not match the channel's");
        }
        return Optional.of(new HookAnswer(List.of(), call.query().getOrDefault("hub.challenge", "")));
    }

    public static void checkSignature(Channel channel, HookCall call) {
        if (!dev.switchboard.common.Signatures.matches(call.header("X-Hub-Signature-256"), channel.setting("appSecret"),
                call.body())) {
            throw new HookRejected(401, "The X-Hub-Signature-256 header is missing or wrong");
        }
    }

    /** The body of a signed call: a JSON object with an {@code entry} array, or a 400. */
    public static JsonNode read(HookCall call, JsonMapper json) {
        JsonNode payload;
        try {
            payload = json.readTree(call.body());
        } catch (JacksonException e) {
            throw new HookRejected(400, "The body is not valid JSON");
        }
        if (payload == null || !payload.isObject() || !payload.path("entry").isArray()) {
            throw new HookRejected(400, "The body is not a Meta webhook");
        }
        return payload;
    }

    public static String hmac(String secret, byte[] body) {
        return dev.switchboard.common.Signatures.hex(secret, body);
    }
}
