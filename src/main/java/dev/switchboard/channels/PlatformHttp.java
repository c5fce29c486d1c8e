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
