package dev.switchboard.clients;

import org.jspecify.annotations.Nullable;

/** What a platform tells about the person who wrote: their id on that channel and their card data. */
public record ClientProfile(String externalId, String name, @Nullable String username, @Nullable String phone,
        @Nullable String email, @Nullable String avatarRef) {
}
