package dev.switchboard.accounts;

import dev.switchboard.common.Forbidden;
import java.io.Serializable;
import java.util.UUID;

/**
 * The signed-in user of a request (by session cookie or API token). The stamp changes when
 * the password does, which ends the user's other sessions.
 */
public record CurrentUser(UUID workspaceId, UUID id, String name, String email, Role role, boolean supervisor,
        String sessionStamp) implements Serializable {

    public boolean isAdmin() {
        return role.isAdmin();
    }

    public void requireAdmin() {
        if (!isAdmin()) {
            throw new Forbidden("Only an owner or an admin may do this");
        }
    }
}
