package dev.switchboard.channels.meta;

import dev.switchboard.channels.Connector.PlatformFile;
import dev.switchboard.channels.PlatformHttp;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Meta's Graph API over HTTP (WhatsApp Cloud API, Instagram, Facebook pages):
 * {@code <base>/<version>/<node>} with the account's bearer token; an error answers
 * {@code {error: {message, code, error_data}}}.
 */
@Component
public class GraphApi {

    private final RestClient http;
    private final JsonMapper json;

    GraphApi(RestClient.Builder builder, JsonMapper json) {
        this.http = PlatformHttp.client(builder, Duration.ofSeconds(60));
        this.json = json;
    }

    /** Which server speaks for Meta, the Graph API version, and the token. */
    public record Account(String baseUrl, String version, String token) {

        public String url(String node) {
            return baseUrl.replaceAll("/+$", "") + "/" + version + "/" + node;
        }
    }

    /** An answer: the body, or the HTTP status (0 for a network failure) with Meta's error. */
    public record Answer(@Nullable JsonNode body, int status, int code, String error) {

        public boolean ok() {
            return body != null && status >= 200 && status < 300;
        }
    }

    public Answer get(Account account, String node) {
        return exchange(() -> http.get().uri(account.url(node)).header("Authorization", "Bearer " + account.token()));
    }

    public Answer post(Account account, String node, Map<String, ?> body) {
        return exchange(() -> http.post().uri(account.url(node)).header("Authorization", "Bearer " + account.token())
                .contentType(MediaType.APPLICATION_JSON).body(body));
    }

    public Answer upload(Account account, String node, MultiValueMap<String, Object> parts) {
        return exchange(() -> http.post().uri(account.url(node))
                .header("Authorization", "Bearer " + account.token())
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts));
    }

    /** A WhatsApp file a client sent: its URL comes from the media node, and the URL too wants the token. */
    public PlatformFile media(Account account, String mediaId) {
        Answer meta = get(account, mediaId);
        if (!meta.ok() || meta.body() == null) {
            throw new IllegalStateException("Meta did not give the media " + mediaId + ": " + meta.error());
        }
        var entity = http.get().uri(meta.body().path("url").asString())
                .header("Authorization", "Bearer " + account.token()).retrieve().toEntity(byte[].class);
        String type = meta.body().path("mime_type").asString("");
        if (type.isBlank()) {
            MediaType header = entity.getHeaders().getContentType();
            type = header == null ? "application/octet-stream" : header.toString();
        }
        return new PlatformFile(entity.getBody() == null ? new byte[0] : entity.getBody(), type);
    }

    /** A file at a URL Meta gave (an attachment of a message), fetched as it is. */
    public PlatformFile download(String url) {
        return dev.switchboard.channels.PlatformHttp.download(http, url);
    }

    private Answer exchange(Supplier<? extends RestClient.RequestHeadersSpec<?>> request) {
        try {
            var entity = request.get().retrieve().toEntity(String.class);
            String text = entity.getBody();
            return new Answer(text == null || text.isBlank() ? json.createObjectNode() : json.readTree(text),
                    entity.getStatusCode().value(), 0, "");
        } catch (RestClientResponseException e) {
            JsonNode error = null;
            try {
                error = json.readTree(e.getResponseBodyAsString()).path("error");
            } catch (RuntimeException unreadable) {
                // not Meta's JSON: keep the status
            }
            int code = error == null ? 0 : error.path("code").asInt(0);
            String message = error == null || error.path("message").asString("").isBlank()
                    ? "HTTP " + e.getStatusCode().value() : error.path("message").asString();
            String details = error == null ? "" : error.path("error_data").path("details").asString("");
            return new Answer(null, e.getStatusCode().value(), code,
                    details.isBlank() || message.contains(details) ? message : message + ": " + details);
        } catch (RuntimeException e) {
            return new Answer(null, 0, 0, dev.switchboard.channels.PlatformHttp.unreachable("Meta's Graph API", e));
        }
    }
}
