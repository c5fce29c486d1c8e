package dev.switchboard.channels;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The platform took an outbound message ({@code sent}), or refused it for good ({@code failed}). */
public record DeliveryReported(UUID workspaceId, UUID messageId, boolean sent, @Nullable String externalId,
        @Nullable String error) {
}
