package dev.switchboard.widget;

import dev.switchboard.channels.Channel;
import dev.switchboard.common.RuleViolation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How a widget looks and whom it serves: its title and colour, the greeting, whether the
 * greeting asks the visitor's name and phone, and the sites ({@code https://shop.example},
 * or {@code https://*.shop.example} for its subdomains) that may embed it. No sites listed:
 * any site may.
 */
record WidgetSettings(String title, String color, @Nullable String greeting, boolean askName, boolean askPhone,
        List<String> allowedOrigins) {

    static final String DEFAULT_COLOR = "#2563eb";

    static WidgetSettings of(Channel channel) {
        Map<String, Object> s = channel.settings();
        String title = channel.setting("title");
        String greeting = channel.setting("greeting");
        String color = channel.setting("color");
        return new WidgetSettings(title.isBlank() ? channel.name() : title,
                color.matches("#[0-9a-f]{6}") ? color : DEFAULT_COLOR,
                greeting.isBlank() ? null : greeting, Boolean.TRUE.equals(s.get("askName")),
                Boolean.TRUE.equals(s.get("askPhone")), origins(s.get("allowedOrigins")));
    }

    /** The settings as typed by an admin, checked and tidied; a mistake is refused, naming the field. */
    static Map<String, Object> checked(Channel channel) {
        Map<String, Object> s = channel.settings();
        String title = channel.setting("title").strip();
        String color = channel.setting("color").strip().toLowerCase(Locale.ROOT);
        String greeting = channel.setting("greeting").strip();
        if (title.length() > 80) {
            throw new RuleViolation("settings.title must be at most 80 characters");
        }
        if (!color.isEmpty() && !color.matches("#[0-9a-f]{6}")) {
            throw new RuleViolation("settings.color must be a colour like #2563eb");
        }
        if (greeting.length() > 500) {
            throw new RuleViolation("settings.greeting must be at most 500 characters");
        }
        List<String> origins = new ArrayList<>();
        for (String typed : origins(s.get("allowedOrigins"))) {
            origins.add(origin(typed));
        }
        Map<String, Object> kept = new LinkedHashMap<>();
        kept.put("title", title.isEmpty() ? channel.name() : title);
        kept.put("color", color.isEmpty() ? DEFAULT_COLOR : color);
        kept.put("greeting", greeting);
        kept.put("askName", flag(s.get("askName")));
        kept.put("askPhone", flag(s.get("askPhone")));
        kept.put("allowedOrigins", origins.stream().distinct().toList());
        return kept;
    }

    /** Whether a page of this origin may use the widget; a call without an origin is no browser's. */
    boolean allows(@Nullable String origin) {
        if (origin == null || allowedOrigins.isEmpty()) {
            return true;
        }
        URI page;
        try {
            page = new URI(origin.toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return false;
        }
        if (page.getHost() == null) {
            return false;
        }
        for (String allowed : allowedOrigins) {
            int star = allowed.indexOf("://*.");
            if (star < 0) {
                if (allowed.equals(page.getScheme() + "://" + page.getRawAuthority())) {
                    return true;
                }
                continue;
            }
            String scheme = allowed.substring(0, star);
            String rest = allowed.substring(star + 5);
            String host = rest.contains(":") ? rest.substring(0, rest.indexOf(':')) : rest;
            int port = rest.contains(":") ? Integer.parseInt(rest.substring(rest.indexOf(':') + 1)) : -1;
            if (scheme.equals(page.getScheme()) && page.getHost().endsWith("." + host) && port == page.getPort()) {
                return true;
            }
        }
        return false;
    }

    /** {@code shop.example}, {@code https://shop.example/page} → {@code https://shop.example}. */
    static String origin(String typed) {
        String t = typed.strip().toLowerCase(Locale.ROOT);
        String withScheme = t.matches("[a-z][a-z0-9+.-]*://.*") ? t : "https://" + t;
        try {
            URI uri = new URI(withScheme.replace("://*.", "://wildcard."));
            String host = uri.getHost();
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || host == null
                    || !host.matches("[a-z0-9.-]+") || uri.getUserInfo() != null) {
                throw new URISyntaxException(typed, "not a site");
            }
            // a browser's Origin leaves out the scheme's own port
            boolean defaultPort = uri.getPort() == ("https".equals(uri.getScheme()) ? 443 : 80);
            String origin = uri.getScheme() + "://" + host + (uri.getPort() == -1 || defaultPort ? "" : ":" + uri.getPort());
            return origin.replace("://wildcard.", "://*.");
        } catch (URISyntaxException e) {
            throw new RuleViolation("settings.allowedOrigins: \"" + typed.strip()
                    + "\" is not a site address like https://shop.example or https://*.shop.example");
        }
    }

    private static List<String> origins(@Nullable Object value) {
        Collection<?> items = value instanceof Collection<?> c ? c
                : value == null ? List.of() : Arrays.asList(value.toString().split("[\\s,]+"));
        return items.stream().map(String::valueOf).map(String::strip).filter(o -> !o.isEmpty()).toList();
    }

    private static boolean flag(@Nullable Object value) {
        return Boolean.TRUE.equals(value) || "true".equals(String.valueOf(value));
    }
}
