package dev.switchboard.channels;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A platform's call to a channel's hook: method, headers (lower-case names), query and raw body. */
public record HookCall(String method, Map<String, String> headers, Map<String, String> query, byte[] body) {

    public @Nullable String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
}
