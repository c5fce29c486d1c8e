package dev.switchboard.channels;

/** A hook call that is not genuine or not readable: answered with its status, nothing stored. */
public class HookRejected extends RuntimeException {

    private final int status;

    public HookRejected(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
