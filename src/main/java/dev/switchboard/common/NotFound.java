package dev.switchboard.common;

/** The object does not exist or belongs to another workspace: the caller cannot tell which. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
