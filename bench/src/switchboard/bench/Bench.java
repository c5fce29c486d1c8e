package switchboard.bench;

import dev.switchboard.SwitchboardApplication;
import dev.switchboard.common.DatabaseAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The chat-list benchmark (bench/run starts it): runs the real application with a
 * statement recorder, makes the bench data if it is not there, measures every scenario
 * over HTTP and as raw SQL, and writes bench/RESULTS.md.
 */
public final class Bench {

    private static final String BULK_TAG = "Bench: bulk action";

    private Bench() {
    }

    public static void main(String[] args) {
        int status = 0;
        try {
            run(Options.fromEnvironment());
        } catch (BenchFailure e) {
            System.err.println("bench: " + e.getMessage());
            status = 2;
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    private static void run(Options o) throws Exception {
        try (ConfigurableApplicationContext app = start(o)) {
            int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            Database db = new Database(app.getBean(DatabaseAddress.class));
            Api api = new Api(port);
            BenchWorkspace ws = BenchWorkspace.prepare(o, db, new Generator(db), api, port);
            try {
                if (!o.generateOnly()) {
                    measure(o, db, api, ws);
                }
            } finally {
                ws.close(api);
            }
        }
    }

    private static void measure(Options o, Database db, Api api, BenchWorkspace ws) throws Exception {
        Picks picks = Picks.choose(db, ws.id());
        List<Scenario> scenarios = Scenarios.of(picks, bulkTag(api)).stream()
                .filter(s -> o.only().matcher(s.kind().title + ": " + s.label()).find()).toList();
        System.out.printf(Locale.ROOT, "Measuring %d scenarios (%d runs each, %d for bulk actions)%n",
                scenarios.size(), o.runs(), o.bulkRuns());
        List<Measurement.Result> results = new ArrayList<>();
        Map<String, List<List<String>>> plans = new LinkedHashMap<>();
        try (RawSql raw = new RawSql(db)) {
            Measurement measurement = new Measurement(o, api, raw);
            measurement.warmUp(scenarios);
            for (Scenario s : scenarios) {
                Measurement.Result r = measurement.measure(s);
                results.add(r);
                if (s.explain() && r.status() / 100 == 2) {
                    plans.put(s.kind().title + " — " + r.scenario().label(), Report.explain(raw, r));
                }
                System.out.printf(Locale.ROOT, "[%3d/%d] %-78s API %6s /%6s ms  SQL %6s /%6s ms  %s%n",
                        results.size(), scenarios.size(), cut(r.scenario().kind().title + ": " + r.scenario().label()),
                        Stats.ms(r.api().p50()), Stats.ms(r.api().p95()), Stats.ms(r.sql().p50()),
                        Stats.ms(r.sql().p95()), r.verdict());
            }
        }
        // the bulk actions leave dead row versions behind: clean up for the next run
        try (var c = db.connect(); var s = c.createStatement()) {
            s.execute("vacuum (analyze) chats, chat_counters");
        }
        String where = System.getenv("SWITCHBOARD_DB_URL") == null || System.getenv("SWITCHBOARD_DB_URL").isBlank()
                ? "embedded, data in " + dataDir(o) : "the server at SWITCHBOARD_DB_URL";
        String seconds = db.text("select settings -> 'bench' ->> 'seconds' from workspaces where id = ?", ws.id());
        Report.Context context = new Report.Context(o, Machine.describe(db, where), Machine.data(db, ws.id()),
                Machine.tabs(db, ws.id()), seconds.isEmpty() ? "" : "The generator made the data in " + seconds
                + " s on this machine.", picks.describe());
        new Report(context, results, plans).write(o.results());
        long met = results.stream().filter(r -> r.verdict().startsWith("✅")).count();
        long aimed = results.stream().filter(r -> r.scenario().kind().aimMs > 0).count();
        System.out.printf(Locale.ROOT, "%d of %d scenarios with an aim meet it%n", met, aimed);
    }

    private static ConfigurableApplicationContext start(Options o) {
        System.out.println("Starting the application (data: " + dataDir(o) + ")");
        SpringApplication app = new SpringApplication(SwitchboardApplication.class, BenchConfiguration.class);
        app.setBannerMode(Banner.Mode.OFF);
        try {
            return app.run("--server.port=0", "--switchboard.demo.enabled=false",
                    "--switchboard.data-dir=" + dataDir(o), "--logging.level.root=WARN",
                    "--spring.main.log-startup-info=false");
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (String.valueOf(t.getMessage()).contains("Validate failed")) {
                    throw new BenchFailure("The bench database was migrated with a different version of a migration "
                            + "than the one in src/main/resources/db/migration (see bench/run's header):\n"
                            + t.getMessage());
                }
            }
            throw e;
        }
    }

    private static String dataDir(Options o) {
        String dir = System.getenv("BENCH_DATA_DIR");
        return dir == null || dir.isBlank() ? o.benchDir().resolve(".data").toString() : dir;
    }

    /** A tag of its own for the bulk action, so adding and removing it leaves the generated tags as they were. */
    private static UUID bulkTag(Api api) throws Exception {
        for (JsonNode tag : api.get("/api/v1/tags").json().path("items")) {
            if (tag.path("name").asString().equals(BULK_TAG)) {
                return UUID.fromString(tag.path("id").asString());
            }
        }
        Api.Answer created = api.post("/api/v1/tags", Map.of("name", BULK_TAG, "color", "#64748b"));
        if (!created.ok()) {
            throw new BenchFailure("Could not make the bulk action's tag: " + created.status() + " " + created.text());
        }
        return UUID.fromString(created.json().path("id").asString());
    }

    private static String cut(String text) {
        return text.length() > 78 ? text.substring(0, 77) + "…" : text;
    }
}
