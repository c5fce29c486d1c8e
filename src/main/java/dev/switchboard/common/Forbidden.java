package dev.switchboard.common;

/** Signed in, but this role may not do that (HTTP 403). */
public class Forbidden extends RuntimeException {

    public Forbidden(String message) {
        super(message);
    }
}
