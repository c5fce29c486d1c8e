package dev.switchboard.chats;

import java.util.UUID;

/** A mass action changed many chats at once: screens reload what they show, once. */
public record ChatsChanged(UUID workspaceId) {
}
