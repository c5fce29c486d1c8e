package dev.switchboard.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A client of the public HTTP API, as an integration or the browser would call it. */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();
    private String token;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private boolean browser;

    public Api(int port) {
        this.baseUrl = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    /**
     * A browser signed in as this user: the session cookie, and the CSRF header on every
     * call that changes something, as the web UI sends them.
     */
    public static Api signedIn(int port, String email, String password) {
        Api browser = new Api(port);
        browser.browser = true;
        browser.get("/api/v1/session/csrf");
        Response r = browser.post("/api/v1/session", Map.of("email", email, "password", password));
        if (r.status() != 200) {
            throw new IllegalStateException("Could not sign in as " + email + ": " + r.status() + " " + r.body());
        }
        return browser;
    }

    /** The cookies a browser would send, for a WebSocket. */
    public String cookieHeader() {
        return String.join("; ", cookies.getCookieStore().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).toList());
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Api withToken(String token) {
        this.token = token;
        return this;
    }

    /** A header for the next request only. */
    public Api header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Response get(String path) {
        return send("GET", path, (String) null, "application/json");
    }

    public Response post(String path, Object body) {
        return send("POST", path, body == null ? null : JSON.writeValueAsString(body), "application/json");
    }

    public Response postRaw(String path, String body, String contentType) {
        return send("POST", path, body, contentType);
    }

    public Response patch(String path, Object body) {
        return send("PATCH", path, JSON.writeValueAsString(body), "application/json");
    }

    public Response delete(String path) {
        return send("DELETE", path, (String) null, "application/json");
    }

    /** The browser's CSRF token, after the server set its cookie. */
    /** Uploads a file as the composer does ({@code POST /api/v1/attachments}); answers the stored file's id. */
    public String upload(String name, String contentType, byte[] bytes) {
        String boundary = "----switchboard-test-" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Response r = send("POST", "/api/v1/attachments", body.toByteArray(), "multipart/form-data; boundary=" + boundary);
        if (r.status() != 201) {
            throw new IllegalStateException("Upload failed: " + r);
        }
        return r.text("/id");
    }

    /** A 1×1 PNG image. */
    public static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    public String csrfToken() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    public Response send(String method, String path, String body, String contentType) {
        return send(method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), contentType);
    }

    public Response send(String method, String path, byte[] body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (browser && !method.equals("GET") && csrfToken() != null && !headers.containsKey("X-XSRF-TOKEN")) {
            request.header("X-XSRF-TOKEN", csrfToken());
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            headers.clear();
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""), response.headers().map());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer: status, content type and the body (as JSON when it is JSON). */
    public record Response(int status, String body, String contentType, Map<String, java.util.List<String>> headers) {

        public Response(int status, String body, String contentType) {
            this(status, body, contentType, Map.of());
        }

        /** A header of the answer, or null. */
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String text(String pointer) {
            return json().at(pointer).asString();
        }
    }
}
