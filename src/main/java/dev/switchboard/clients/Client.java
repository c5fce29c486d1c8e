package dev.switchboard.clients;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A customer's card. */
public record Client(UUID id, String name, @Nullable String username, @Nullable String phone, @Nullable String email,
        @Nullable String avatarUrl, Map<String, Object> fields) {
}
