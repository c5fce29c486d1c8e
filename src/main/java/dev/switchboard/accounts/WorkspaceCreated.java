package dev.switchboard.accounts;

import java.util.UUID;

/** A business has signed up; other modules give it its starting data (the default funnel). */
public record WorkspaceCreated(UUID workspaceId, String locale) {
}
