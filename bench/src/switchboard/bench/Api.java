package switchboard.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The application's public HTTP API as a client calls it: one connection, a bearer token. */
final class Api {

    /** An answer and how long the round trip took. */
    record Answer(int status, byte[] body, long nanos) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private @Nullable String token;

    Api(int port) {
        this.base = "http://localhost:" + port;
    }

    void useToken(String token) {
        this.token = token;
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send("GET", path, null, null);
    }

    Answer post(String path, Object body) throws IOException, InterruptedException {
        return send("POST", path, JSON.writeValueAsString(body), null);
    }

    /** One call; {@code run} names it for the server's statement recorder. */
    Answer send(String method, String path, @Nullable String json, @Nullable String run)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofMinutes(5)).header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (run != null) {
            request.header(BenchConfiguration.HEADER, run);
        }
        long started = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(), response.body(), System.nanoTime() - started);
    }

    /** A fresh API token: sign in with the password as a browser does (CSRF cookie, session), then ask for one. */
    static Created token(int port, String email, String password) throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        String base = "http://localhost:" + port;
        browser.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/session/csrf")).build(),
                HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> session = browser.send(post(base + "/api/v1/session", csrf(cookies),
                JSON.writeValueAsString(Map.of("email", email, "password", password))),
                HttpResponse.BodyHandlers.ofString());
        if (session.statusCode() != 200) {
            throw new IllegalStateException("Sign-in as " + email + " failed: " + session.statusCode() + " "
                    + session.body());
        }
        HttpResponse<String> created = browser.send(post(base + "/api/v1/tokens", csrf(cookies),
                "{\"name\": \"bench run\"}"), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Could not make an API token: " + created.statusCode() + " "
                    + created.body());
        }
        JsonNode answer = JSON.readTree(created.body());
        return new Created(answer.get("id").asString(), answer.get("token").asString());
    }

    private static HttpRequest post(String url, String csrf, String json) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", csrf).POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private static String csrf(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).reduce((a, b) -> b).orElse("");
    }

    record Created(String id, String token) {
    }
}
