package dev.switchboard.channels.telegram;

import dev.switchboard.channels.Connector.PlatformFile;
import dev.switchboard.channels.PlatformHttp;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Bot API over HTTP: {@code POST <base>/bot<token>/<method>}, answers {@code {ok, result | description}}. */
@Component
class TelegramApi {

    private final RestClient http;
    private final JsonMapper json;

    TelegramApi(RestClient.Builder builder, JsonMapper json) {
        this.http = PlatformHttp.client(builder, Duration.ofSeconds(60));
        this.json = json;
    }

    /** A bot: which server speaks for Telegram and the bot's token. */
    record Bot(String baseUrl, String token) {

        String method(String name) {
            return baseUrl.replaceAll("/+$", "") + "/bot" + token + "/" + name;
        }
    }

    /** The Bot API's answer; a network failure is an answer with code 0. */
    record Answer(boolean ok, @Nullable JsonNode result, int errorCode, String description,
            @Nullable Integer retryAfter) {

        JsonNode orElseThrow(Function<String, ? extends RuntimeException> failure) {
            if (!ok || result == null) {
                throw failure.apply(description);
            }
            return result;
        }
    }

    Answer call(Bot bot, String method, Map<String, ?> params) {
        return exchange(() -> http.post().uri(bot.method(method)).contentType(MediaType.APPLICATION_JSON)
                .body(params));
    }

    Answer upload(Bot bot, String method, MultiValueMap<String, Object> parts) {
        return exchange(() -> http.post().uri(bot.method(method)).contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts));
    }

    PlatformFile download(Bot bot, String fileId) {
        Answer file = call(bot, "getFile", Map.of("file_id", fileId));
        JsonNode result = file.orElseThrow(error -> new IllegalStateException("Telegram getFile failed: " + error));
        String path = result.path("file_path").asString();
        String url = bot.baseUrl().replaceAll("/+$", "") + "/file/bot" + bot.token() + "/" + path;
        var entity = http.get().uri(url).retrieve().toEntity(byte[].class);
        MediaType type = entity.getHeaders().getContentType();
        return new PlatformFile(entity.getBody() == null ? new byte[0] : entity.getBody(),
                type == null ? "application/octet-stream" : type.toString());
    }

    /** The user's newest profile photo in a size fit for an avatar (about 160 px), or no bytes. */
    PlatformFile profilePhoto(Bot bot, String userId) {
        JsonNode photos = call(bot, "getUserProfilePhotos", Map.of("user_id", userId, "limit", 1))
                .orElseThrow(error -> new IllegalStateException("Telegram getUserProfilePhotos failed: " + error));
        JsonNode sizes = photos.path("photos").path(0);
        if (!sizes.isArray() || sizes.isEmpty()) {
            return new PlatformFile(new byte[0], "image/jpeg");
        }
        JsonNode chosen = sizes.get(sizes.size() - 1);
        for (JsonNode size : sizes) {
            if (size.path("width").asInt() >= 160) {
                chosen = size;
                break;
            }
        }
        return download(bot, chosen.path("file_id").asString());
    }

    private Answer exchange(java.util.function.Supplier<RestClient.RequestBodySpec> request) {
        try {
            return request.get().exchange((req, res) -> {
                byte[] body = res.getBody().readAllBytes();
                JsonNode node;
                try {
                    node = json.readTree(body);
                } catch (RuntimeException e) {
                    return new Answer(false, null, res.getStatusCode().value(),
                            "HTTP " + res.getStatusCode().value() + " without a Bot API answer", null);
                }
                boolean ok = node.path("ok").asBoolean(false);
                JsonNode retryAfter = node.path("parameters").path("retry_after");
                return new Answer(ok, ok ? node.path("result") : null,
                        node.path("error_code").asInt(res.getStatusCode().value()),
                        node.path("description").asString("HTTP " + res.getStatusCode().value()),
                        retryAfter.isNumber() ? retryAfter.asInt() : null);
            });
        } catch (RestClientException e) {
            return new Answer(false, null, 0, dev.switchboard.channels.PlatformHttp.unreachable("Telegram", e), null);
        }
    }
}
