package switchboard.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The benchmark's settings, from environment variables (bench/run documents them).
 *
 * @param warmupSeconds for how long all read scenarios are called before any is timed
 * @param budgetSeconds how long the timed API runs of one scenario may take before it stops at fewer runs
 * @param benchDir     where generate.sql and reset.sql are and RESULTS.md goes
 * @param only         a pattern: run only the scenarios whose name contains a match (for trying things)
 */
record Options(double scale, int runs, int bulkRuns, int warmup, int warmupSeconds, int deepPages, int budgetSeconds,
        boolean reset, boolean generateOnly, Path benchDir, Path results, Pattern only) {

    /** However slow a scenario, it gets at least this many timed runs. */
    static final int MIN_RUNS = 15;

    static Options fromEnvironment() {
        Map<String, String> env = System.getenv();
        Path benchDir = Path.of(env.getOrDefault("BENCH_DIR", "bench")).toAbsolutePath().normalize();
        return new Options(
                Double.parseDouble(env.getOrDefault("BENCH_SCALE", "1.0")),
                Integer.parseInt(env.getOrDefault("BENCH_RUNS", "200")),
                Integer.parseInt(env.getOrDefault("BENCH_BULK_RUNS", "15")),
                Integer.parseInt(env.getOrDefault("BENCH_WARMUP", "20")),
                Integer.parseInt(env.getOrDefault("BENCH_WARMUP_SECONDS", "60")),
                Integer.parseInt(env.getOrDefault("BENCH_DEEP_PAGES", "200")),
                Integer.parseInt(env.getOrDefault("BENCH_SCENARIO_SECONDS", "60")),
                "1".equals(env.get("BENCH_RESET")),
                "1".equals(env.get("BENCH_GENERATE_ONLY")),
                benchDir,
                Path.of(env.getOrDefault("BENCH_RESULTS", benchDir.resolve("RESULTS.md").toString())),
                Pattern.compile(env.getOrDefault("BENCH_ONLY", ""), Pattern.CASE_INSENSITIVE));
    }

    int runsOf(Scenario s) {
        return s.kind() == Scenario.Kind.BULK ? bulkRuns : runs;
    }

    int warmupOf(Scenario s) {
        return s.kind() == Scenario.Kind.BULK ? Math.max(1, warmup / 10) : warmup;
    }
}
