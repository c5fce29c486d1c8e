package dev.switchboard.accounts;

import java.util.UUID;

/** A person of a workspace, as others see them. */
public record User(UUID id, String name, String email, Role role, boolean supervisor) {
}
