package dev.switchboard.live;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A change committed on some node of the cluster reached this one (through {@code LISTEN/NOTIFY}):
 * a chat ({@code kind} {@code chat}) or a message ({@code message}) was made or changed. Published
 * on every node, outside any transaction, for streams other than the operators' to follow.
 */
public record ChangeHeard(String kind, UUID workspaceId, @Nullable UUID chatId, @Nullable UUID messageId,
        boolean created) {
}
