package dev.switchboard.common;

/** Where the database is; for a component that needs a connection of its own (LISTEN). */
public record DatabaseAddress(String jdbcUrl, String user, String password) {
}
