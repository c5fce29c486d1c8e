package dev.switchboard.channels.telegram;

import dev.switchboard.channels.Channel;
import dev.switchboard.channels.ChannelType;
import dev.switchboard.channels.Connector;
import dev.switchboard.channels.Delivery;
import dev.switchboard.channels.HookAnswer;
import dev.switchboard.channels.HookCall;
import dev.switchboard.channels.HookRejected;
import dev.switchboard.channels.InboundMessage;
import dev.switchboard.channels.OutboundMessage;
import dev.switchboard.common.RuleViolation;
import dev.switchboard.files.FileStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Telegram through the Bot API: a channel is a bot. Connecting checks the token with
 * {@code getMe} and registers our hook with {@code setWebhook} and a secret token, which
 * Telegram then sends back in {@code X-Telegram-Bot-Api-Secret-Token} on every update.
 */
@Component
class TelegramConnector implements Connector {

    static final String AVATAR = "avatar:";

    private final TelegramApi api;
    private final FileStore files;
    private final TelegramUpdates updates;
    private final JsonMapper json;
    private final String defaultBaseUrl;
    private final String publicUrl;

    TelegramConnector(TelegramApi api, FileStore files, JsonMapper json,
            @Value("${switchboard.telegram.api-base-url:https://api.telegram.org}") String defaultBaseUrl,
            @Value("${switchboard.public-url}") String publicUrl) {
        this.api = api;
        this.files = files;
        this.updates = new TelegramUpdates();
        this.json = json;
        this.defaultBaseUrl = defaultBaseUrl;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @Override
    public ChannelType type() {
        return ChannelType.telegram;
    }

    @Override
    public Map<String, Object> connect(Channel channel) {
        String token = channel.setting("botToken").trim();
        if (!token.matches("\\d+:[A-Za-z0-9_-]{20,}")) {
            throw new RuleViolation("settings.botToken must be a bot token from @BotFather, like 123456:ABC-DEF…");
        }
        String baseUrl = channel.setting("apiBaseUrl").isBlank() ? defaultBaseUrl : channel.setting("apiBaseUrl");
        if (!baseUrl.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
            throw new RuleViolation("settings.apiBaseUrl must be an http(s) address such as https://api.telegram.org");
        }
        TelegramApi.Bot bot = new TelegramApi.Bot(baseUrl, token);
        JsonNode me = api.call(bot, "getMe", Map.of())
                .orElseThrow(error -> new RuleViolation(error.contains("cannot be reached")
                        ? "Could not check the token. " + error : "Telegram did not accept the bot token: " + error));
        api.call(bot, "setWebhook", Map.of(
                        "url", publicUrl + "/hooks/" + channel.id(),
                        "secret_token", channel.secret(),
                        "allowed_updates", List.of("message", "edited_message")))
                .orElseThrow(error -> new RuleViolation("Telegram refused the webhook: " + error));
        Map<String, Object> settings = new HashMap<>();
        settings.put("botToken", token);
        settings.put("apiBaseUrl", baseUrl);
        settings.put("botId", me.path("id").asString());
        settings.put("botUsername", me.path("username").asString());
        return settings;
    }

    /** The bot stops calling a removed channel; if Telegram cannot be reached the hook answers 404 to it anyway. */
    @Override
    public void disconnect(Channel channel) {
        try {
            api.call(bot(channel), "deleteWebhook", Map.of());
        } catch (RuntimeException e) {
            // best effort
        }
    }

    @Override
    public HookAnswer receive(Channel channel, HookCall call) {
        if (!"POST".equals(call.method())) {
            throw new HookRejected(405, "Telegram posts its updates");
        }
        String secret = call.header("X-Telegram-Bot-Api-Secret-Token");
        if (secret == null || !MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
                channel.secret().getBytes(StandardCharsets.UTF_8))) {
            throw new HookRejected(401, "The secret token header is missing or wrong");
        }
        JsonNode update;
        try {
            update = json.readTree(call.body());
        } catch (JacksonException e) {
            throw new HookRejected(400, "The body is not valid JSON");
        }
        if (update == null || !update.isObject() || !update.path("update_id").isNumber()) {
            throw new HookRejected(400, "The body is not a Telegram Update");
        }
        try {
            return HookAnswer.of(updates.read(update).map(List::of).orElse(List.of()));
        } catch (JacksonException | IllegalArgumentException e) {
            throw new HookRejected(400, "The update has fields of an unexpected shape");
        }
    }

    @Override
    public Delivery deliver(Channel channel, OutboundMessage message) {
        return new TelegramSender(api, bot(channel), files::read).send(message);
    }

    /** A file by its {@code file_id}, or, for {@code avatar:<user id>}, the user's current profile photo. */
    @Override
    public PlatformFile fetch(Channel channel, String platformRef) {
        if (platformRef.startsWith(AVATAR)) {
            return api.profilePhoto(bot(channel), platformRef.substring(AVATAR.length()));
        }
        return api.download(bot(channel), platformRef);
    }

    @Override
    public Map<String, Object> visibleSettings(Map<String, Object> settings) {
        Map<String, Object> visible = new HashMap<>(settings);
        String token = String.valueOf(settings.getOrDefault("botToken", ""));
        visible.put("botToken", token.length() > 10 ? token.substring(0, token.indexOf(':') + 1) + "…"
                + token.substring(token.length() - 4) : "…");
        return visible;
    }

    private TelegramApi.Bot bot(Channel channel) {
        String baseUrl = channel.setting("apiBaseUrl").isBlank() ? defaultBaseUrl : channel.setting("apiBaseUrl");
        return new TelegramApi.Bot(baseUrl, channel.setting("botToken"));
    }

    static InboundMessage.Sender sender(JsonNode from) {
        String first = from.path("first_name").asString("");
        String last = from.path("last_name").asString("");
        String name = (first + " " + last).trim();
        String username = from.path("username").isMissingNode() ? null : from.path("username").asString();
        if (name.isEmpty()) {
            name = username != null ? username : from.path("title").asString("Telegram user");
        }
        boolean person = from.has("first_name") && !from.has("type") || from.path("type").asString().equals("private");
        return new InboundMessage.Sender(from.path("id").asString(), name, username, null, null,
                person ? AVATAR + from.path("id").asString() : null);
    }
}
