package switchboard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs bench/generate.sql step by step: every step in one transaction (so a failed or
 * interrupted generation leaves nothing behind), then the steps marked [after commit].
 */
final class Generator {

    private static final Pattern STEP = Pattern.compile("(?m)^-- step: (.+)$");
    private static final Pattern BATCHES = Pattern.compile("\\[batches=(\\d+)]");

    record Step(String name, String sql, int batches, boolean afterCommit) {
    }

    private final Database db;

    Generator(Database db) {
        this.db = db;
    }

    /** Fills the workspace; answers how long it took, in seconds. */
    double generate(Path script, UUID workspace, double scale) throws IOException, SQLException {
        List<Step> steps = steps(Files.readString(script));
        long started = System.nanoTime();
        System.out.printf(Locale.ROOT, "Generating the bench data at scale %s into workspace %s%n", scale, workspace);
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            setting(c, "bench.ws", workspace.toString(), true);
            setting(c, "bench.scale", String.valueOf(scale), true);
            for (Step step : steps.stream().filter(s -> !s.afterCommit()).toList()) {
                run(c, step);
            }
            long commit = System.nanoTime();
            c.commit();
            System.out.printf(Locale.ROOT, "  %-40s %8.1f s%n", "commit", seconds(commit));
            c.setAutoCommit(true);
            for (Step step : steps.stream().filter(Step::afterCommit).toList()) {
                run(c, step);
            }
            double total = seconds(started);
            try (PreparedStatement mark = c.prepareStatement("""
                    update workspaces set settings = jsonb_set(settings, '{bench,seconds}', to_jsonb(?::numeric))
                    where id = ?""")) {
                mark.setDouble(1, Math.round(total * 10) / 10.0);
                mark.setObject(2, workspace);
                mark.executeUpdate();
            }
            System.out.printf(Locale.ROOT, "Generated in %.1f s%n", total);
            return total;
        }
    }

    /**
     * Makes the analytics' stored events where they are missing (bench/analytics.sql), then
     * vacuums their tables, so the period scans read the indexes alone as in a settled database.
     */
    void analytics(Path script, UUID workspace) throws IOException, SQLException {
        long started = System.nanoTime();
        try (Connection c = db.connect()) {
            setting(c, "bench.ws", workspace.toString(), false);
            try (Statement s = c.createStatement()) {
                s.execute(Files.readString(script));
                s.execute("vacuum (analyze) chat_responses");
                s.execute("vacuum (analyze) chat_stage_moves");
            }
        }
        System.out.printf(Locale.ROOT, "  %-40s %8.1f s%n", script.getFileName(), seconds(started));
    }

    /** Removes the workspace and all its rows (bench/reset.sql). */
    void reset(Path script, UUID workspace) throws IOException, SQLException {
        long started = System.nanoTime();
        System.out.println("Removing the bench workspace " + workspace + " (BENCH_RESET=1) …");
        try (Connection c = db.connect()) {
            setting(c, "bench.ws", workspace.toString(), false);
            try (Statement s = c.createStatement()) {
                s.execute(Files.readString(script));
            }
        }
        System.out.printf(Locale.ROOT, "  removed in %.1f s%n", seconds(started));
    }

    private static void run(Connection c, Step step) throws SQLException {
        for (int batch = 1; batch <= step.batches(); batch++) {
            long started = System.nanoTime();
            setting(c, "bench.batches", String.valueOf(step.batches()), !c.getAutoCommit());
            setting(c, "bench.batch", String.valueOf(batch), !c.getAutoCommit());
            long rows;
            try (Statement s = c.createStatement()) {
                s.execute(step.sql());
                rows = lastCount(s);
            }
            String name = step.batches() > 1 ? step.name() + " " + batch + "/" + step.batches() : step.name();
            System.out.printf(Locale.ROOT, "  %-40s %8.1f s%s%n", name, seconds(started),
                    rows > 0 ? String.format(Locale.ROOT, "  %,d rows", rows) : "");
        }
    }

    /** The row count of the last statement of a step that reports one. */
    private static long lastCount(Statement s) throws SQLException {
        long rows = -1;
        do {
            long count = s.getLargeUpdateCount();
            if (count > 0) {
                rows = count;
            }
        } while (s.getMoreResults() || s.getLargeUpdateCount() != -1);
        return rows;
    }

    static List<Step> steps(String script) {
        List<Step> steps = new ArrayList<>();
        Matcher m = STEP.matcher(script);
        List<int[]> marks = new ArrayList<>();
        while (m.find()) {
            marks.add(new int[] {m.start(), m.end()});
        }
        for (int i = 0; i < marks.size(); i++) {
            String title = script.substring(marks.get(i)[0] + "-- step: ".length(), marks.get(i)[1]).strip();
            String sql = script.substring(marks.get(i)[1], i + 1 < marks.size() ? marks.get(i + 1)[0] : script.length());
            Matcher batches = BATCHES.matcher(title);
            int n = batches.find() ? Integer.parseInt(batches.group(1)) : 1;
            boolean after = title.contains("[after commit]");
            String name = title.replaceAll("\\s*\\[[^]]*]", "");
            steps.add(new Step(name, sql, n, after));
        }
        return steps;
    }

    private static void setting(Connection c, String name, String value, boolean local) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select set_config(?, ?, ?)")) {
            s.setString(1, name);
            s.setString(2, value);
            s.setBoolean(3, local);
            s.execute();
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
