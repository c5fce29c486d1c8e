package switchboard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** What the results were measured on, and the data they were measured with, as RESULTS.md tables. */
final class Machine {

    private static final List<String> TABLES = List.of("chats", "messages", "clients", "client_identities", "tasks",
            "users", "channels", "tags", "stages", "chat_counters");

    private Machine() {
    }

    static List<String> describe(Database db, String where) throws Exception {
        List<String> rows = new ArrayList<>();
        rows.add("| CPU | " + cpu() + " |");
        rows.add("| cores | " + Runtime.getRuntime().availableProcessors() + " |");
        rows.add("| RAM | " + memory() + " |");
        rows.add("| OS | " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                + System.getProperty("os.arch") + ") |");
        rows.add("| JDK | " + System.getProperty("java.vm.name") + " " + Runtime.version() + " |");
        rows.add("| PostgreSQL | " + db.text("select version()") + " — " + where + " |");
        rows.add("| schema | " + db.text("""
                select string_agg(format('V%s %s', version, description), ', ' order by installed_rank)
                from flyway_schema_history where success and version is not null""") + " |");
        String code = System.getenv("BENCH_CODE_VERSION");
        if (code != null && !code.isBlank()) {
            rows.add("| code | " + code + " |");
        }
        rows.add("| PostgreSQL settings | " + db.text("""
                select string_agg(name || ' = ' || current_setting(name), ', ' order by name)
                from pg_settings where name in ('shared_buffers', 'work_mem', 'effective_cache_size',
                  'random_page_cost', 'max_parallel_workers_per_gather', 'jit', 'fsync', 'synchronous_commit')""")
                + "; JIT available: " + db.text("select pg_jit_available()::text") + " |");
        return rows;
    }

    static List<String> data(Database db, UUID ws) throws Exception {
        List<String> rows = new ArrayList<>();
        rows.add("| table | rows in the bench workspace | table + indexes on disk |");
        rows.add("| --- | ---: | ---: |");
        for (String table : TABLES) {
            long count = db.number("select count(*) from " + table + " where workspace_id = ?", ws);
            rows.add(String.format(Locale.ROOT, "| %s | %,d | %s |", table, count,
                    db.text("select pg_size_pretty(pg_total_relation_size(?::regclass))", table)));
        }
        rows.add("| (whole database) | | " + db.text("select pg_size_pretty(pg_database_size(current_database()))")
                + " |");
        return rows;
    }

    static String tabs(Database db, UUID ws) throws Exception {
        return db.text("""
                select string_agg(format('%s %s (%s%%)', category, to_char(n, 'FM999,999,999'), share), ', '
                                  order by array_position(array['new', 'accepted', 'archive'], category))
                from (select category, n, round(100.0 * n / sum(n) over (), 1) as share
                      from (select category, count(*) as n from chats where workspace_id = ? group by 1) c) s""", ws);
    }

    private static String cpu() {
        for (String line : lines("/proc/cpuinfo")) {
            if (line.startsWith("model name")) {
                return line.substring(line.indexOf(':') + 1).strip();
            }
        }
        return System.getProperty("os.arch");
    }

    private static String memory() {
        for (String line : lines("/proc/meminfo")) {
            if (line.startsWith("MemTotal:")) {
                long kb = Long.parseLong(line.replaceAll("\\D", ""));
                return String.format(Locale.ROOT, "%.1f GiB", kb / 1024.0 / 1024.0);
            }
        }
        return "unknown";
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException e) {
            return List.of();
        }
    }
}
