package dev.switchboard.accounts;

import java.util.UUID;

/** Who may see what in a workspace has changed: a user's role, channels or switch, or a workspace setting. */
public record AccessChanged(UUID workspaceId) {
}
