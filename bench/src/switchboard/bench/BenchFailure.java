package switchboard.bench;

/** A reason to stop that the person running the benchmark can act on; shown without a stack trace. */
final class BenchFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BenchFailure(String message) {
        super(message);
    }
}
