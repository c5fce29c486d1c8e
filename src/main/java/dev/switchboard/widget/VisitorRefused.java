package dev.switchboard.widget;

import org.jspecify.annotations.Nullable;

/** A visitor's call answered with a problem of its own status: 401 unknown visitor, 429 too fast, 503 paused. */
class VisitorRefused extends RuntimeException {

    private final int status;
    private final @Nullable Long retryAfterSeconds;

    VisitorRefused(int status, String detail, @Nullable Long retryAfterSeconds) {
        super(detail);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    VisitorRefused(int status, String detail) {
        this(status, detail, null);
    }

    int status() {
        return status;
    }

    @Nullable Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
