package dev.switchboard.clients;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A client wrote for the first time on a channel; {@code avatarRef} says where the platform keeps their picture. */
public record ClientCreated(UUID workspaceId, UUID clientId, UUID channelId, @Nullable String avatarRef) {
}
