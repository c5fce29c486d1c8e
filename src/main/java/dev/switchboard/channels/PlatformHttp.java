package dev.switchboard.channels;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** What the connectors share when they talk to their platforms. */
public final class PlatformHttp {

    private PlatformHttp() {
    }

    /** An HTTP/1.1 client that connects within 10 seconds, follows redirects and waits for an answer this long. */
    public static RestClient client(RestClient.Builder builder, Duration readTimeout) {
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NORMAL).build());
        factory.setReadTimeout(readTimeout);
        return builder.requestFactory(factory).build();
    }

    /**
     * A network failure in words a person can act on: "VK cannot be reached: Connection refused"
     * rather than the client library's message.
     */
    public static String unreachable(String platform, RuntimeException e) {
        String why = null;
        for (Throwable t = e; t != null && why == null; t = t.getCause() == t ? null : t.getCause()) {
            why = switch (t) {
                case java.net.UnknownHostException u -> "unknown host " + u.getMessage();
                case java.net.ConnectException c -> "the connection was refused";
                case java.net.http.HttpTimeoutException h -> "no answer in time";
                case java.net.SocketTimeoutException s -> "no answer in time";
                case javax.net.ssl.SSLException s -> "the secure connection failed (" + s.getMessage() + ")";
                default -> null;
            };
        }
        if (why == null) {
            why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return platform + " cannot be reached: " + why;
    }

    /** A file at a URL a platform gave, as it is: its bytes and the type the server says. */
    public static Connector.PlatformFile download(RestClient http, String url) {
        var entity = http.get().uri(url).retrieve().toEntity(byte[].class);
        org.springframework.http.MediaType type = entity.getHeaders().getContentType();
        return new Connector.PlatformFile(entity.getBody() == null ? new byte[0] : entity.getBody(),
                type == null ? "application/octet-stream" : type.toString());
    }

    /** The settings as they may be shown: each secret reduced to its last four characters. */
    public static Map<String, Object> masked(Map<String, Object> settings, List<String> secrets) {
        Map<String, Object> visible = new LinkedHashMap<>(settings);
        for (String secret : secrets) {
            String value = String.valueOf(settings.getOrDefault(secret, ""));
            visible.put(secret, value.length() > 8 ? "…" + value.substring(value.length() - 4) : "…");
        }
        return visible;
    }
}
