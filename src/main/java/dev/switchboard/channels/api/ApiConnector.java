package dev.switchboard.channels.api;

import dev.switchboard.channels.Channel;
import dev.switchboard.channels.ChannelType;
import dev.switchboard.channels.Connector;
import dev.switchboard.channels.Delivery;
import dev.switchboard.channels.HookAnswer;
import dev.switchboard.channels.HookCall;
import dev.switchboard.channels.HookRejected;
import dev.switchboard.channels.InboundMessage;
import dev.switchboard.channels.OutboundMessage;
import dev.switchboard.channels.PlatformHttp;
import dev.switchboard.common.RuleViolation;
import dev.switchboard.common.Signatures;
import dev.switchboard.files.FileStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generic API channel: any system posts signed JSON to the hook and receives our answers,
 * signed the same way, at its {@code outboundUrl}. The signature is
 * {@code X-Switchboard-Signature: sha256=<hex HMAC-SHA256 of the raw body with the channel secret>}.
 * A message is {@code {externalId, messageId, name?, phone?, username?, email?, text?, attachments?}};
 * {@code externalId} is the client in the other system, {@code messageId} makes a repeat count once.
 */
@Component
class ApiConnector implements Connector {

    static final String SIGNATURE = "X-Switchboard-Signature";
    private static final int MAX_ATTACHMENTS = 10;

    private final JsonMapper json;
    private final FileStore files;
    private final RestClient http;

    ApiConnector(JsonMapper json, FileStore files, RestClient.Builder builder) {
        this.json = json;
        this.files = files;
        this.http = PlatformHttp.client(builder, Duration.ofSeconds(30));
    }

    @Override
    public ChannelType type() {
        return ChannelType.api;
    }

    @Override
    public Map<String, Object> connect(Channel channel) {
        String url = channel.setting("outboundUrl").trim();
        if (!url.matches("https?://[^\\s/?#]+(/[^\\s]*)?")) {
            throw new RuleViolation("settings.outboundUrl must be the http(s) address that takes our answers");
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("outboundUrl", url);
        return settings;
    }

    @Override
    public HookAnswer receive(Channel channel, HookCall call) {
        if (!"POST".equals(call.method())) {
            throw new HookRejected(405, "Post the messages as JSON");
        }
        if (!Signatures.matches(call.header(SIGNATURE), channel.secret(), call.body())) {
            throw new HookRejected(401, "The " + SIGNATURE + " header is missing or wrong: it must be sha256= and the"
                    + " hex HMAC-SHA256 of the raw body with the channel secret");
        }
        JsonNode m;
        try {
            m = json.readTree(call.body());
        } catch (JacksonException e) {
            throw new HookRejected(400, "The body is not valid JSON");
        }
        if (m == null || !m.isObject()) {
            throw new HookRejected(400, "The body must be a JSON object");
        }
        String externalId = text(m, "externalId", 200, true);
        String messageId = text(m, "messageId", 200, true);
        String name = text(m, "name", 200, false);
        String body = text(m, "text", 20_000, false);
        List<InboundMessage.InboundAttachment> attached = attachments(m.path("attachments"));
        if ((body == null || body.isBlank()) && attached.isEmpty()) {
            throw new HookRejected(400, "A message needs a text or attachments");
        }
        InboundMessage.Sender sender = new InboundMessage.Sender(externalId, name == null || name.isBlank()
                ? externalId : name, text(m, "username", 100, false), text(m, "phone", 50, false),
                text(m, "email", 320, false), null);
        return HookAnswer.of(List.of(new InboundMessage(messageId, externalId, externalId, sender, body, attached,
                Instant.now(), false, "message")));
    }

    private static @Nullable String text(JsonNode m, String field, int max, boolean required) {
        JsonNode v = m.path(field);
        if (v.isMissingNode() || v.isNull()) {
            if (required) {
                throw new HookRejected(400, field + " is required");
            }
            return null;
        }
        if (!v.isString() && !v.isNumber()) {
            throw new HookRejected(400, field + " must be a string");
        }
        String value = v.asString().strip();
        if (required && value.isEmpty()) {
            throw new HookRejected(400, field + " is required");
        }
        if (value.length() > max) {
            throw new HookRejected(400, field + " is longer than " + max + " characters");
        }
        return value;
    }

    /** {@code [{url, name?, contentType?, size?}]}: files the other system keeps, fetched when first opened. */
    private static List<InboundMessage.InboundAttachment> attachments(JsonNode list) {
        if (list.isMissingNode() || list.isNull()) {
            return List.of();
        }
        if (!list.isArray() || list.size() > MAX_ATTACHMENTS) {
            throw new HookRejected(400, "attachments must be a list of at most " + MAX_ATTACHMENTS + " files");
        }
        List<InboundMessage.InboundAttachment> found = new ArrayList<>();
        for (JsonNode a : list) {
            String url = a.path("url").asString("");
            if (!url.matches("https?://[^\\s/?#]+(/[^\\s]*)?") || url.length() > 2000) {
                throw new HookRejected(400, "Each attachment needs the http(s) url its bytes are at");
            }
            String name = a.path("name").asString("");
            if (name.isBlank()) {
                String path = url.replaceFirst("[?#].*", "");
                name = path.substring(path.lastIndexOf('/') + 1);
            }
            found.add(new InboundMessage.InboundAttachment(name.isBlank() ? "file" : name.strip(),
                    a.path("contentType").asString("application/octet-stream"),
                    a.path("size").isNumber() ? a.path("size").asLong() : null, url));
        }
        return found;
    }

    /**
     * Posts the answer to {@code outboundUrl}: {@code {messageId, externalId, text, attachments:
     * [{name, contentType, size, content (base64)}], sentAt}}, signed. A 2xx takes it; 408, 429 and
     * 5xx are tried again; any other answer fails the message with what it said.
     */
    @Override
    public Delivery deliver(Channel channel, OutboundMessage message) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("messageId", message.messageId().toString());
        payload.put("externalId", message.recipient());
        payload.put("text", message.text());
        List<Map<String, Object>> attached = new ArrayList<>();
        for (OutboundMessage.OutboundAttachment file : message.attachments()) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("name", file.name());
            a.put("contentType", file.contentType());
            a.put("size", file.size());
            a.put("content", Base64.getEncoder().encodeToString(files.read(file.storageKey())));
            attached.add(a);
        }
        payload.put("attachments", attached);
        payload.put("sentAt", Instant.now().toString());
        byte[] body = json.writeValueAsBytes(payload);
        try {
            return http.post().uri(channel.setting("outboundUrl")).contentType(MediaType.APPLICATION_JSON)
                    .header(SIGNATURE, Signatures.header(channel.secret(), body))
                    .header("Idempotency-Key", message.messageId().toString())
                    .body(body)
                    .exchange((request, response) -> {
                        int status = response.getStatusCode().value();
                        String answer = new String(response.getBody().readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
                        if (status >= 200 && status < 300) {
                            return new Delivery.Sent(externalId(answer, message));
                        }
                        String said = "outboundUrl answered " + status + (answer.isBlank() ? "" : ": "
                                + answer.strip().substring(0, Math.min(200, answer.strip().length())));
                        return status == 408 || status == 429 || status >= 500
                                ? new Delivery.TryLater(said, null) : new Delivery.Refused(said);
                    });
        } catch (RuntimeException e) {
            return new Delivery.TryLater(PlatformHttp.unreachable("The outboundUrl", e), null);
        }
    }

    /** The other system's id of our message when it answers {@code {"id": …}}; ours otherwise. */
    private String externalId(String answer, OutboundMessage message) {
        try {
            JsonNode node = json.readTree(answer);
            if (node != null && (node.path("id").isString() || node.path("id").isNumber())) {
                return node.path("id").asString();
            }
        } catch (JacksonException e) {
            // any 2xx body is fine
        }
        return message.messageId().toString();
    }

    @Override
    public PlatformFile fetch(Channel channel, String platformRef) {
        return PlatformHttp.download(http, platformRef);
    }

    @Override
    public Map<String, Object> visibleSettings(Map<String, Object> settings) {
        return settings;
    }
}
