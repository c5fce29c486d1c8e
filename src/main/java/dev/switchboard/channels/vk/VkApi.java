package dev.switchboard.channels.vk;

import dev.switchboard.channels.PlatformHttp;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The VK API: {@code POST <base>/method/<name>} with form parameters, the community's
 * {@code access_token} and the API version {@code v}; it answers {@code {response}} or
 * {@code {error: {error_code, error_msg}}}, always with HTTP 200.
 */
@Component
class VkApi {

    private final RestClient http;
    private final JsonMapper json;

    VkApi(RestClient.Builder builder, JsonMapper json) {
        this.http = PlatformHttp.client(builder, Duration.ofSeconds(30));
        this.json = json;
    }

    record Community(String baseUrl, String version, String token) {
    }

    /** The answer: the response, or VK's error code and words (code 0: HTTP or network trouble). */
    record Answer(@Nullable JsonNode response, int code, String error) {

        boolean ok() {
            return response != null;
        }
    }

    Answer call(Community community, String method, Map<String, String> params) {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        params.forEach(form::add);
        form.add("access_token", community.token());
        form.add("v", community.version());
        try {
            String body = http.post().uri(community.baseUrl().replaceAll("/+$", "") + "/method/" + method)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().body(String.class);
            JsonNode answer = json.readTree(body == null ? "{}" : body);
            if (answer.has("response")) {
                return new Answer(answer.get("response"), 0, "");
            }
            JsonNode error = answer.path("error");
            return new Answer(null, error.path("error_code").asInt(0), error.path("error_msg").asString("VK gave no answer"));
        } catch (RuntimeException e) {
            return new Answer(null, 0, PlatformHttp.unreachable("VK", e));
        }
    }

    /**
     * Posts a file to an upload server VK gave ({@code upload_url}), as the form field VK
     * asks for ({@code photo} for photos, {@code file} for documents); answers VK's JSON.
     */
    Answer upload(String uploadUrl, String field, String name, String contentType, byte[] bytes) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setContentDisposition(org.springframework.http.ContentDisposition.formData().name(field)
                .filename(name, java.nio.charset.StandardCharsets.UTF_8).build());
        headers.setContentType(MediaType.parseMediaType(contentType));
        parts.add(field, new org.springframework.http.HttpEntity<>(bytes, headers));
        try {
            String body = http.post().uri(uploadUrl).contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
                    .retrieve().body(String.class);
            JsonNode answer = json.readTree(body == null ? "{}" : body);
            if (answer.has("error")) {
                JsonNode error = answer.path("error");
                return new Answer(null, error.path("error_code").asInt(0), error.isString() ? error.asString()
                        : error.path("error_msg").asString("VK refused the file"));
            }
            return new Answer(answer, 0, "");
        } catch (RuntimeException e) {
            return new Answer(null, 0, PlatformHttp.unreachable("VK's upload server", e));
        }
    }

    byte[] download(String url) {
        byte[] bytes = http.get().uri(url).retrieve().body(byte[].class);
        return bytes == null ? new byte[0] : bytes;
    }
}
