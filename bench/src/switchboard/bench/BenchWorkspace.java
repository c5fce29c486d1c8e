package switchboard.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * The one workspace the benchmark runs in, found by its owner's e-mail: made through the
 * app's own sign-up and filled by the generator the first time, reused afterwards.
 *
 * @param tokenId the API token made for this run, revoked at the end
 */
record BenchWorkspace(UUID id, double scale, String tokenId) {

    static final String EMAIL = "bench-owner@switchboard.bench";
    static final String PASSWORD = "switchboard-bench";

    /** The workspace, ready to measure; the {@code api} is left holding a fresh token for it. */
    static BenchWorkspace prepare(Options options, Database db, Generator generator, Api api, int port)
            throws Exception {
        Optional<Found> found = find(db);
        if (found.isPresent() && options.reset()) {
            generator.reset(options.benchDir().resolve("reset.sql"), found.get().id());
            found = Optional.empty();
        }
        UUID id;
        if (found.isEmpty()) {
            id = signUp(api);
        } else {
            id = found.get().id();
            Double scale = found.get().scale();
            if (scale != null && scale != options.scale()) {
                throw new BenchFailure("The bench workspace holds data at scale " + scale + ", not "
                        + options.scale() + ". Run with BENCH_SCALE=" + scale + " to use it, or with BENCH_RESET=1 "
                        + "to remake it at " + options.scale() + ".");
            }
            if (scale != null) {
                System.out.println("Reusing the bench workspace " + id + " (scale " + scale + ")");
            } else {
                System.out.println("The bench workspace " + id + " has no data yet (an earlier generation was "
                        + "interrupted and rolled back): generating it now");
            }
        }
        if (find(db).orElseThrow().scale() == null) {
            generator.generate(options.benchDir().resolve("generate.sql"), id, options.scale());
        }
        generator.analytics(options.benchDir().resolve("analytics.sql"), id);
        Api.Created token = Api.token(port, EMAIL, PASSWORD);
        api.useToken(token.token());
        return new BenchWorkspace(id, options.scale(), token.id());
    }

    /** Revokes this run's token. */
    void close(Api api) throws Exception {
        api.send("DELETE", "/api/v1/tokens/" + tokenId, null, null);
    }

    private record Found(UUID id, Double scale) {
    }

    private static Optional<Found> find(Database db) throws Exception {
        return db.one("""
                select u.workspace_id, (w.settings -> 'bench' ->> 'scale')::float8
                from users u join workspaces w on w.id = u.workspace_id
                where lower(u.email) = ?""",
                rs -> new Found(rs.getObject(1, UUID.class), rs.getObject(2) == null ? null : rs.getDouble(2)),
                EMAIL);
    }

    private static UUID signUp(Api api) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("workspace", "Switchboard bench");
        body.put("name", "Bench Owner");
        body.put("email", EMAIL);
        body.put("password", PASSWORD);
        body.put("country", "RU");
        body.put("timezone", "Europe/Moscow");
        body.put("locale", "ru");
        Api.Answer answer = api.post("/api/v1/signup", body);
        if (answer.status() != 201) {
            throw new BenchFailure("Sign-up of the bench workspace failed: " + answer.status() + " " + answer.text());
        }
        JsonNode json = answer.json();
        System.out.println("Signed up the bench workspace " + json.path("workspace").path("id").asString());
        return UUID.fromString(json.path("workspace").path("id").asString());
    }
}
