package dev.switchboard.channels.whatsapp;

import dev.switchboard.channels.Channel;
import dev.switchboard.channels.ChannelType;
import dev.switchboard.channels.Connector;
import dev.switchboard.channels.Delivery;
import dev.switchboard.channels.HookAnswer;
import dev.switchboard.channels.HookCall;
import dev.switchboard.channels.HookRejected;
import dev.switchboard.channels.OutboundMessage;
import dev.switchboard.channels.PlatformHttp;
import dev.switchboard.channels.PlatformTemplate;
import dev.switchboard.channels.meta.GraphApi;
import dev.switchboard.channels.meta.MetaHooks;
import dev.switchboard.common.RuleViolation;
import dev.switchboard.files.FileStore;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * WhatsApp through the Business Cloud API: a channel is a business phone number. Connecting
 * checks the number and token with the Graph API; Meta's webhook (set up in the Meta app,
 * with the channel's hook URL and verify token) is verified with {@code hub.challenge} and
 * signed with {@code X-Hub-Signature-256}, an HMAC-SHA256 of the raw body with the app secret.
 */
@Component
class WhatsAppConnector implements Connector {

    private static final List<String> REQUIRED = List.of("phoneNumberId", "accessToken", "appSecret", "verifyToken");
    private static final List<String> OPTIONAL = List.of("businessAccountId");
    /** Meta's codes for "too many, slow down" and "temporarily unavailable". */
    private static final List<Integer> LATER = List.of(4, 80007, 130429, 131016, 131048, 131056, 133004);

    private final GraphApi api;
    private final FileStore files;
    private final JsonMapper json;
    private final String defaultBaseUrl;
    private final String defaultVersion;

    WhatsAppConnector(GraphApi api, FileStore files, JsonMapper json,
            @Value("${switchboard.whatsapp.api-base-url:https://graph.facebook.com}") String defaultBaseUrl,
            @Value("${switchboard.whatsapp.api-version:v21.0}") String defaultVersion) {
        this.api = api;
        this.files = files;
        this.json = json;
        this.defaultBaseUrl = defaultBaseUrl;
        this.defaultVersion = defaultVersion;
    }

    @Override
    public ChannelType type() {
        return ChannelType.whatsapp;
    }

    @Override
    public Map<String, Object> connect(Channel channel) {
        channel.require(REQUIRED, "a WhatsApp channel");
        if (!channel.setting("phoneNumberId").matches("\\d{5,30}")) {
            throw new RuleViolation("settings.phoneNumberId must be the number's id from the Meta app (digits)");
        }
        String baseUrl = channel.setting("apiBaseUrl").isBlank() ? defaultBaseUrl : channel.setting("apiBaseUrl");
        if (!baseUrl.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
            throw new RuleViolation("settings.apiBaseUrl must be an http(s) address such as https://graph.facebook.com");
        }
        String version = channel.setting("apiVersion").isBlank() ? defaultVersion : channel.setting("apiVersion");
        if (!version.matches("v\\d+\\.\\d+")) {
            throw new RuleViolation("settings.apiVersion must look like v21.0");
        }
        GraphApi.Account account = new GraphApi.Account(baseUrl, version, channel.setting("accessToken").trim());
        GraphApi.Answer number = api.get(account, channel.setting("phoneNumberId").trim()
                + "?fields=display_phone_number,verified_name");
        if (!number.ok() || number.body() == null) {
            throw new RuleViolation(number.status() == 0 ? "Could not check the token. " + number.error()
                    : "WhatsApp did not accept the number and token: " + number.error());
        }
        String business = channel.setting("businessAccountId").trim();
        if (!business.isBlank()) {
            // the business account sends its numbers' events to the app
            GraphApi.Answer subscribed = api.post(account, business + "/subscribed_apps", Map.of());
            if (!subscribed.ok()) {
                throw new RuleViolation("Meta did not subscribe the app to the business account's webhooks: "
                        + subscribed.error());
            }
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        for (String name : REQUIRED) {
            settings.put(name, channel.setting(name).trim());
        }
        for (String name : OPTIONAL) {
            if (!channel.setting(name).isBlank()) {
                settings.put(name, channel.setting(name).trim());
            }
        }
        settings.put("apiBaseUrl", baseUrl);
        settings.put("apiVersion", version);
        settings.put("displayPhoneNumber", number.body().path("display_phone_number").asString(""));
        settings.put("verifiedName", number.body().path("verified_name").asString(""));
        return settings;
    }

    @Override
    public HookAnswer receive(Channel channel, HookCall call) {
        Optional<HookAnswer> verified = MetaHooks.verification(channel, call);
        if (verified.isPresent()) {
            return verified.get();
        }
        MetaHooks.checkSignature(channel, call);
        JsonNode payload = MetaHooks.read(call, json);
        try {
            WhatsAppWebhook.Read read = WhatsAppWebhook.read(payload, channel.setting("phoneNumberId"));
            return new HookAnswer(read.messages(), read.receipts(), null);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new HookRejected(400, "The webhook has fields of an unexpected shape");
        }
    }

    @Override
    public Delivery deliver(Channel channel, OutboundMessage message) {
        GraphApi.Account account = account(channel);
        if (message.template() != null) {
            PlatformTemplate t = message.template();
            Map<String, Object> template = new LinkedHashMap<>();
            template.put("name", t.name());
            template.put("language", Map.of("code", t.language()));
            if (!t.params().isEmpty()) {
                template.put("components", List.of(Map.of("type", "body", "parameters",
                        t.params().stream().map(p -> Map.of("type", "text", "text", p)).toList())));
            }
            return send(account, channel, message.recipient(), "template", template);
        }
        String lastId = null;
        String text = message.text() == null ? "" : message.text();
        for (int i = 0; i < message.attachments().size(); i++) {
            OutboundMessage.OutboundAttachment file = message.attachments().get(i);
            LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
            parts.add("messaging_product", "whatsapp");
            parts.add("type", file.contentType());
            parts.add("file", new ByteArrayResource(files.read(file.storageKey())) {
                @Override
                public String getFilename() {
                    return file.name();
                }
            });
            GraphApi.Answer uploaded = api.upload(account, channel.setting("phoneNumberId") + "/media", parts);
            if (!uploaded.ok() || uploaded.body() == null) {
                return failure(uploaded);
            }
            String kind = kind(file.contentType());
            Map<String, Object> media = new LinkedHashMap<>();
            media.put("id", uploaded.body().path("id").asString());
            if (i == 0 && !text.isBlank() && !"audio".equals(kind)) {
                media.put("caption", text);
                text = "";
            }
            if ("document".equals(kind)) {
                media.put("filename", file.name());
            }
            Delivery sent = send(account, channel, message.recipient(), kind, media);
            if (!(sent instanceof Delivery.Sent s)) {
                return sent;
            }
            lastId = s.externalId();
        }
        if (!text.isBlank()) {
            return send(account, channel, message.recipient(), "text", Map.of("preview_url", true, "body", text));
        }
        return lastId == null ? new Delivery.Refused("Nothing to send") : new Delivery.Sent(lastId);
    }

    private Delivery send(GraphApi.Account account, Channel channel, String to, String type, Map<String, Object> content) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("messaging_product", "whatsapp");
        body.put("recipient_type", "individual");
        body.put("to", to);
        body.put("type", type);
        body.put(type, content);
        GraphApi.Answer answer = api.post(account, channel.setting("phoneNumberId") + "/messages", body);
        if (answer.ok() && answer.body() != null) {
            return new Delivery.Sent(answer.body().path("messages").path(0).path("id").asString());
        }
        return failure(answer);
    }

    /** Rate limits, Meta's hiccups and the network are tried again; any other refusal stands. */
    private static Delivery failure(GraphApi.Answer answer) {
        if (answer.status() == 0 || answer.status() == 429 || answer.status() >= 500 || LATER.contains(answer.code())) {
            return new Delivery.TryLater(answer.error(), answer.status() == 429 ? Duration.ofSeconds(30) : null);
        }
        boolean numbered = answer.code() == 0 || answer.error().startsWith("(#");
        return new Delivery.Refused(numbered ? answer.error() : "(#" + answer.code() + ") " + answer.error());
    }

    private static String kind(String contentType) {
        if (contentType.startsWith("image/jpeg") || contentType.startsWith("image/png")) {
            return "image";
        }
        if (contentType.startsWith("video/")) {
            return "video";
        }
        if (contentType.startsWith("audio/")) {
            return "audio";
        }
        return "document";
    }

    /** The number's approved templates, read from its business account (the setting businessAccountId). */
    @Override
    public List<PlatformTemplate.Offered> platformTemplates(Channel channel) {
        String account = channel.setting("businessAccountId");
        if (!account.matches("\\d{5,30}")) {
            throw new RuleViolation("Set the channel's businessAccountId (the WhatsApp Business Account id) to use"
                    + " its approved templates");
        }
        GraphApi.Answer answer = api.get(account(channel), account
                + "/message_templates?fields=name,language,status,category,components&limit=200");
        if (!answer.ok() || answer.body() == null) {
            throw new dev.switchboard.common.UpstreamFailure("WhatsApp did not list the templates: " + answer.error());
        }
        List<PlatformTemplate.Offered> offered = new java.util.ArrayList<>();
        for (JsonNode t : answer.body().path("data")) {
            if (!"APPROVED".equals(t.path("status").asString())) {
                continue;
            }
            String text = "";
            for (JsonNode c : t.path("components")) {
                if ("BODY".equals(c.path("type").asString())) {
                    text = c.path("text").asString("");
                }
            }
            int params = (int) java.util.regex.Pattern.compile("\\{\\{\\d+}}").matcher(text).results().count();
            offered.add(new PlatformTemplate.Offered(t.path("name").asString(), t.path("language").asString(),
                    t.path("category").asString(""), text, params));
        }
        return offered;
    }

    @Override
    public PlatformFile fetch(Channel channel, String platformRef) {
        return api.media(account(channel), platformRef);
    }

    @Override
    public Map<String, Object> visibleSettings(Map<String, Object> settings) {
        return PlatformHttp.masked(settings, List.of("accessToken", "appSecret"));
    }

    private GraphApi.Account account(Channel channel) {
        String baseUrl = channel.setting("apiBaseUrl").isBlank() ? defaultBaseUrl : channel.setting("apiBaseUrl");
        String version = channel.setting("apiVersion").isBlank() ? defaultVersion : channel.setting("apiVersion");
        return new GraphApi.Account(baseUrl, version, channel.setting("accessToken"));
    }
}
