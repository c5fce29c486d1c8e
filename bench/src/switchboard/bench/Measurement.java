package switchboard.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * Measures one scenario: warm-up calls, one recorded call (its statements become the raw
 * SQL), then the timed calls over HTTP, then the same statements timed directly in
 * PostgreSQL as many times.
 */
final class Measurement {

    /** What one scenario measured. {@code work} are the recorded statements minus the authentication lookups. */
    record Result(Scenario scenario, Stats api, Stats sql, int status, String outcome, List<Recorder.Recorded> work,
            int authLookups, int failures) {

        double ratio50() {
            return api.p50() / sql.p50();
        }

        double ratio95() {
            return api.p95() / sql.p95();
        }

        String verdict() {
            if (status < 200 || status >= 300 || failures > 0) {
                return "❌ HTTP " + status + (failures > 0 ? " (" + failures + " failed runs)" : "");
            }
            Scenario.Kind kind = scenario.kind();
            if (kind.aimMs == 0) {
                return "—";
            }
            List<String> missed = new ArrayList<>();
            if (api.p95() > kind.aimMs) {
                missed.add("time");
            }
            if (kind.aimRatio && ratio50() > Scenario.AIM_RATIO) {
                missed.add("ratio");
            }
            return missed.isEmpty() ? "✅" : "❌ " + String.join(", ", missed);
        }
    }

    private final Options options;
    private final Api api;
    private final RawSql raw;
    private int recorded;

    Measurement(Options options, Api api, RawSql raw) {
        this.options = options;
        this.api = api;
        this.raw = raw;
    }

    /**
     * Before anything is timed, every read scenario through both paths, pass after pass for
     * a while: a freshly started JVM compiles its hot code in the background for the first
     * tens of seconds (on the same cores), and the database reads its pages in; no scenario
     * should be charged for that just because it comes first.
     */
    void warmUp(List<Scenario> scenarios) throws Exception {
        long started = System.nanoTime();
        long until = started + options.warmupSeconds() * 1_000_000_000L;
        List<Scenario> reads = scenarios.stream().filter(s -> s.kind() != Scenario.Kind.BULK).toList();
        for (int pass = 0; pass < 3 || System.nanoTime() < until; pass++) {
            for (Scenario s : reads) {
                String run = "warm-up-" + ++recorded;
                boolean ok = call(s, run).ok();
                List<Recorder.Recorded> work = Recorder.take(run).stream().filter(r -> !r.isAuthLookup()).toList();
                if (ok) {
                    raw.time(work, 0, 1, false);
                }
            }
        }
        System.out.printf(Locale.ROOT, "Warmed up in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    Result measure(Scenario scenario) throws Exception {
        Scenario s = scenario.kind() == Scenario.Kind.DEEP ? deep(scenario) : scenario;
        for (int i = 0; i < options.warmupOf(s); i++) {
            call(s, null);
        }
        String run = "bench-" + ++recorded;
        Api.Answer first = call(s, run);
        List<Recorder.Recorded> statements = Recorder.take(run);
        List<Recorder.Recorded> work = statements.stream().filter(r -> !r.isAuthLookup()).toList();
        if (!first.ok()) {
            return new Result(s, Stats.NONE, Stats.NONE, first.status(), problem(first), work, 0, 0);
        }
        long[] times = new long[options.runsOf(s)];
        int failures = 0;
        int done = 0;
        long deadline = System.nanoTime() + options.budgetSeconds() * 1_000_000_000L;
        // a very slow scenario stops early: its verdict is plain after a few runs, and the others wait
        while (done < times.length && (done < Options.MIN_RUNS || System.nanoTime() < deadline)) {
            Api.Answer answer = call(s, null);
            times[done++] = answer.nanos();
            failures += answer.ok() ? 0 : 1;
        }
        times = Arrays.copyOf(times, done);
        long[] sql = work.isEmpty() ? new long[0]
                : raw.time(work, options.warmupOf(s), times.length, s.kind() == Scenario.Kind.BULK);
        return new Result(s, Stats.of(times), Stats.of(sql), first.status(), outcome(s, first.json()), work,
                statements.size() - work.size(), failures);
    }

    /** The call and, for a bulk action, the call that puts the data back (not timed). */
    private Api.Answer call(Scenario s, String run) throws Exception {
        Api.Answer answer = api.send(s.method(), s.path(), s.body(), run);
        if (s.undo() != null) {
            api.send(s.method(), s.path(), s.undo(), null);
        }
        return answer;
    }

    /** The scenario continued from the cursor of the page {@code deepPages} pages down (or the last there is). */
    private Scenario deep(Scenario s) throws Exception {
        String cursor = null;
        int page = 1;
        for (; page <= options.deepPages(); page++) {
            Api.Answer answer = api.get(cursor == null ? s.path() : s.path() + "&cursor=" + cursor);
            JsonNode next = answer.ok() ? answer.json().path("nextCursor") : null;
            if (next == null || next.isNull() || next.isMissingNode()) {
                break;
            }
            cursor = next.asString();
        }
        Scenario named = new Scenario(s.kind(), s.category(), s.name() + ", page " + page, s.method(), s.path(),
                s.body(), s.undo(), s.explain());
        return cursor == null ? named : named.from(cursor);
    }

    private static String outcome(Scenario s, JsonNode json) {
        return switch (s.kind()) {
            case BASELINE -> "—";
            case LIST, DEEP, SEARCH -> json.path("items").size() + (json.path("nextCursor").isNull() ? "" : "+");
            case COUNTS -> String.format(Locale.ROOT, "%,d / %,d / %,d · unread %,d%s", json.path("new").asLong(),
                    json.path("accepted").asLong(), json.path("archive").asLong(), json.path("unread").asLong(),
                    json.path("capped").size() > 0 ? " (capped: " + join(json.path("capped")) + ")" : "");
            case BULK -> String.format(Locale.ROOT, "%,d updated", json.path("updated").asLong());
            case ANALYTICS -> json.has("total") ? String.format(Locale.ROOT, "%,d answers, %d groups",
                    json.path("total").path("count").asLong(), json.path("items").size())
                    : json.has("stages") ? String.format(Locale.ROOT, "%d stages, %d moves", json.path("stages").size(),
                    json.path("moves").size())
                    : String.format(Locale.ROOT, "%,d day × channel rows", json.path("items").size());
        };
    }

    private static String problem(Api.Answer answer) {
        try {
            JsonNode json = answer.json();
            return json.path("title").asString("") + ": " + json.path("detail").asString("");
        } catch (RuntimeException e) {
            String text = answer.text();
            return text.length() > 120 ? text.substring(0, 120) + "…" : text;
        }
    }

    private static String join(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return String.join(", ", values);
    }
}
