package dev.switchboard.common;

/** The request clashes with the current state (HTTP 409). */
public class Conflict extends RuntimeException {

    public Conflict(String message) {
        super(message);
    }
}
