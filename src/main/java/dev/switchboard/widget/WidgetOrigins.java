package dev.switchboard.widget;

import dev.switchboard.channels.Channel;
import dev.switchboard.channels.ChannelType;
import dev.switchboard.channels.Channels;
import dev.switchboard.common.Ids;
import dev.switchboard.common.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cross-origin rules of the visitor API: a page of one of the widget's allowed sites may call
 * it (the browser is told so), any other page is refused with a 403 that says why, readable by
 * the widget so the site's owner sees it in the console. Calls from the app's own pages (the
 * try-out page) are not cross-origin and pass.
 */
@Component
class WidgetOrigins extends OncePerRequestFilter {

    static final String PREFIX = "/widget/v1/";

    private final Channels channels;

    WidgetOrigins(Channels channels) {
        this.channels = channels;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(PREFIX);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!CorsUtils.isCorsRequest(request)) {
            chain.doFilter(request, response);
            return;
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ORIGIN);
        // an unknown widget's 404 may be read by anyone: there is nothing in it
        response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        response.setHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, HttpHeaders.RETRY_AFTER);
        if (!allowed(widget(request.getRequestURI()), origin)) {
            Problems.write(response, 403, "Forbidden", "The chat widget may not be used on " + origin
                    + ": add this site to the widget's allowed sites in Switchboard");
            return;
        }
        if (CorsUtils.isPreFlightRequest(request)) {
            response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET, POST, PUT");
            response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, "Authorization, Content-Type");
            response.setHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "600");
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The widget a path under {@code /widget/v1/{channelId}/…} names. */
    Optional<Channel> widget(String path) {
        if (!path.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = path.substring(PREFIX.length());
        int slash = rest.indexOf('/');
        return Ids.parse(slash < 0 ? rest : rest.substring(0, slash)).flatMap(channels::forHook)
                .filter(c -> c.type() == ChannelType.widget);
    }

    static boolean allowed(Optional<Channel> widget, @Nullable String origin) {
        return widget.map(c -> WidgetSettings.of(c).allows(origin)).orElse(true);
    }
}
