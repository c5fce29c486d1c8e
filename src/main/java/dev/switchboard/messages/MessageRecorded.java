package dev.switchboard.messages;

import java.util.UUID;

/** A message was stored in a chat (or changed: edited, delivered, failed). */
public record MessageRecorded(UUID workspaceId, UUID chatId, UUID messageId, boolean created) {
}
