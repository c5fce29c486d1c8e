package dev.switchboard.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Real platform payloads from src/test/resources/payloads, one file per case. */
public final class Payloads {

    private Payloads() {
    }

    /** The fields of a form-encoded body, as VK's API methods take them. */
    public static java.util.Map<String, String> form(String body) {
        java.util.Map<String, String> values = new java.util.HashMap<>();
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(java.net.URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }

    public static String text(String path) {
        try (InputStream in = Payloads.class.getResourceAsStream("/payloads/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("No payload " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode json(String path) {
        return (ObjectNode) Api.JSON.readTree(text(path));
    }

    /** A Telegram update with its ids changed, so a test can send many distinct ones. */
    public static String telegram(String name, long updateId, long messageId, long chatId) {
        ObjectNode update = json("telegram/" + name + ".json");
        update.put("update_id", updateId);
        JsonNode message = update.has("message") ? update.get("message") : update.get("edited_message");
        ObjectNode m = (ObjectNode) message;
        m.put("message_id", messageId);
        ((ObjectNode) m.get("chat")).put("id", chatId);
        if (m.has("from") && "private".equals(m.get("chat").get("type").asString())) {
            ((ObjectNode) m.get("from")).put("id", chatId);
        }
        return update.toString();
    }
}
