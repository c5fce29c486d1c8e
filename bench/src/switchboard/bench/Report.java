package switchboard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes bench/RESULTS.md: the machine, the data, every scenario's timings, and the plans. */
final class Report {

    /** The inputs the report shows besides the results. */
    record Context(Options options, List<String> machine, List<String> data, String tabs, String generated,
            List<String> picks) {
    }

    private final Context context;
    private final List<Measurement.Result> results;
    private final Map<String, List<List<String>>> plans;

    Report(Context context, List<Measurement.Result> results, Map<String, List<List<String>>> plans) {
        this.context = context;
        this.results = results;
        this.plans = plans;
    }

    void write(Path file) throws Exception {
        List<String> md = new ArrayList<>();
        Options o = context.options();
        md.add("# Chat list benchmark — results");
        md.add("");
        md.add(String.format(Locale.ROOT, "Written by `bench/run` on %s at scale %s: %d timed runs per scenario "
                        + "(%d for a bulk action; fewer, but at least %d, once a scenario's runs pass %d s) after "
                        + "%d warm-up runs.",
                ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
                o.scale(), o.runs(), o.bulkRuns(), Options.MIN_RUNS, o.budgetSeconds(), o.warmup()));
        md.add("");
        md.add("## Machine");
        md.add("");
        md.add("| | |");
        md.add("| --- | --- |");
        md.addAll(context.machine());
        md.add("");
        md.add("## Data");
        md.add("");
        md.addAll(context.data());
        md.add("");
        md.add("Chats by tab: " + context.tabs() + ". " + context.generated());
        md.add("");
        md.add("Scenario parameters, chosen from the data by queries:");
        md.add("");
        context.picks().forEach(p -> md.add("- " + p));
        md.add("");
        md.addAll(method());
        for (Scenario.Kind kind : Scenario.Kind.values()) {
            table(md, kind);
        }
        md.add("## Plans");
        md.add("");
        md.add("`EXPLAIN (ANALYZE, BUFFERS)` of the statements the API ran for these scenarios, with the same values "
                + "(bound as parameters, so PostgreSQL plans for the actual values; after five runs the application's "
                + "prepared statements may switch to a generic plan).");
        md.add("");
        plans.forEach((label, statements) -> {
            md.add("### " + label);
            md.add("");
            for (List<String> statement : statements) {
                md.add("```sql");
                md.add(statement.getFirst());
                md.add("```");
                md.add("");
                md.add("```");
                md.addAll(statement.subList(1, statement.size()));
                md.add("```");
                md.add("");
            }
        });
        Files.writeString(file, String.join("\n", md));
        System.out.println("Wrote " + file);
    }

    private static List<String> method() {
        return List.of("## How it is measured", "",
                "- **API**: the round trip of the public HTTP API call on localhost (`java.net.http`, one keep-alive "
                        + "connection, bearer token) against the real application started by the benchmark — the "
                        + "server's time plus a loopback hop.",
                "- **SQL**: the statements the application ran for that call (recorded once through a wrapped "
                        + "`DataSource`, with their bound values), minus the per-request authentication lookups "
                        + "(`api_tokens`, `users`, `workspaces`), run one after another over plain JDBC as many times; "
                        + "every row is read. A bulk action's statements run in a transaction that is rolled back.",
                "- **×p50 / ×p95**: API time divided by SQL time. **rows**: items on the page (`+`: there is a next "
                        + "page); counts show new / accepted / archive · unread.",
                "- **What any API call costs**: `GET /api/v1/me` runs only the authentication lookups; its time is "
                        + "the part of every call that no SQL in the tables below accounts for.",
                "- **Aim**: list pages, deep pages and counts under 20 ms at p95 and within 1.5× of the raw SQL "
                        + "(judged on the medians); search under 30 ms at p95. A bulk action has no aim.",
                "");
    }

    private void table(List<String> md, Scenario.Kind kind) {
        List<Measurement.Result> rows = results.stream().filter(r -> r.scenario().kind() == kind).toList();
        if (rows.isEmpty()) {
            return;
        }
        md.add("## " + kind.title);
        md.add("");
        md.add("| scenario | rows | API p50 | API p95 | SQL p50 | SQL p95 | ×p50 | ×p95 | statements | runs | aim |");
        md.add("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        for (Measurement.Result r : rows) {
            md.add(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %d | %d | %s |",
                    r.scenario().label(), r.outcome().replace("|", "\\|"), Stats.ms(r.api().p50()),
                    Stats.ms(r.api().p95()), Stats.ms(r.sql().p50()), Stats.ms(r.sql().p95()), ratio(r.ratio50()),
                    ratio(r.ratio95()), r.work().size(), r.api().runs(), r.verdict()));
        }
        long passed = rows.stream().filter(r -> r.verdict().startsWith("✅")).count();
        if (kind.aimMs > 0) {
            md.add("");
            md.add(String.format(Locale.ROOT, "%d of %d meet the aim.", passed, rows.size()));
        }
        md.add("");
    }

    private static String ratio(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "—" : String.format(Locale.ROOT, "%.2f", value);
    }

    /** The plans of a scenario's statements on chats and clients: per statement its SQL, values, then the plan. */
    static List<List<String>> explain(RawSql raw, Measurement.Result r) throws Exception {
        List<List<String>> statements = new ArrayList<>();
        for (Recorder.Recorded statement : r.work()) {
            if (List.of("chats", "chat_counters", "clients").contains(statement.table())) {
                List<String> lines = new ArrayList<>();
                lines.add(statement.sql().strip() + "\n-- " + statement.parameters());
                lines.addAll(raw.explain(statement));
                statements.add(lines);
            }
        }
        return statements;
    }
}
