package dev.switchboard.widget;

import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * The visitors' live endpoint, {@code /widget/v1/{channelId}/live}: a page of one of the
 * widget's allowed sites (or of the app itself) may open it; any other is refused before the
 * socket opens.
 */
@Configuration(proxyBeanMethods = false)
class WidgetLiveConfiguration implements WebSocketConfigurer {

    private final VisitorStream stream;
    private final WidgetOrigins origins;

    WidgetLiveConfiguration(VisitorStream stream, WidgetOrigins origins) {
        this.stream = stream;
        this.origins = origins;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(stream, "/widget/v1/*/live").setAllowedOriginPatterns("*").addInterceptors(new Admission());
    }

    /** Lets in a window of an allowed site, with its widget at hand. */
    private final class Admission implements HandshakeInterceptor {

        @Override
        public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response,
                WebSocketHandler handler, Map<String, Object> attributes) {
            var widget = origins.widget(request.getURI().getPath());
            String origin = request.getHeaders().getFirst(HttpHeaders.ORIGIN);
            if (widget.isEmpty()) {
                response.setStatusCode(HttpStatus.NOT_FOUND);
                return false;
            }
            if (dev.switchboard.channels.Channel.DISABLED.equals(widget.get().status())) {
                response.setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
                return false;
            }
            if (!sameSite(request.getURI(), origin) && !WidgetOrigins.allowed(widget, origin)) {
                response.setStatusCode(HttpStatus.FORBIDDEN);
                return false;
            }
            attributes.put("channel", widget.get());
            return true;
        }

        @Override
        public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                @Nullable Exception exception) {
        }

        private static boolean sameSite(URI uri, @Nullable String origin) {
            if (origin == null) {
                return true;
            }
            try {
                URI page = URI.create(origin);
                return uri.getHost() != null && uri.getHost().equalsIgnoreCase(page.getHost())
                        && port(uri) == port(page);
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        private static int port(URI uri) {
            return uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) || "wss".equals(uri.getScheme())
                    ? 443 : 80;
        }
    }
}
