package switchboard.bench;

import java.util.Arrays;
import java.util.Locale;

/** The median and the 95th percentile of a set of timings (nearest rank), in milliseconds. */
record Stats(double p50, double p95, int runs) {

    static final Stats NONE = new Stats(Double.NaN, Double.NaN, 0);

    static Stats of(long[] nanos) {
        if (nanos.length == 0) {
            return NONE;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Stats(rank(sorted, 0.50) / 1e6, rank(sorted, 0.95) / 1e6, sorted.length);
    }

    boolean measured() {
        return runs > 0;
    }

    static String ms(double value) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, value < 10 ? "%.2f" : "%.1f", value);
    }

    private static long rank(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
