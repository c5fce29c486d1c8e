package dev.switchboard.live;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/** The stream's endpoint; browsers of the app's own origin (or the configured public URL) may connect. */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
@EnableScheduling
class LiveConfiguration implements WebSocketConfigurer {

    private final LiveStream stream;
    private final String publicUrl;

    LiveConfiguration(LiveStream stream, @Value("${switchboard.public-url}") String publicUrl) {
        this.stream = stream;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        // same-origin browsers are always let in; the public URL covers a proxy in front
        registry.addHandler(stream, "/api/v1/stream").setAllowedOriginPatterns(publicUrl);
    }
}
