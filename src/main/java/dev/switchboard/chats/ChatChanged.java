package dev.switchboard.chats;

import java.util.UUID;

/** A chat was created or changed (category, fields, last message, unread state). */
public record ChatChanged(UUID workspaceId, UUID chatId, boolean created) {
}
