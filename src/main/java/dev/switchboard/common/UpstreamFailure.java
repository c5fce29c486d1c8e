package dev.switchboard.common;

/** A platform we depend on did not answer as it should (HTTP 502): not our fault, nor the caller's. */
public class UpstreamFailure extends RuntimeException {

    public UpstreamFailure(String message) {
        super(message);
    }
}
