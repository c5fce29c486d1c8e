package dev.switchboard.accounts;

/** What a user of a workspace may do. */
public enum Role {
    owner, admin, operator;

    public boolean isAdmin() {
        return this != operator;
    }
}
