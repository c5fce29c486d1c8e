package switchboard.bench;

import org.jspecify.annotations.Nullable;

/**
 * One thing a user does that the benchmark times: a call of the public API, made the same
 * way every run.
 *
 * @param category the list's tab, or "" for calls that span the tabs
 * @param body     the JSON body of a POST; {@code undo} puts the data back after each run
 * @param explain  whether RESULTS.md shows the plans of its statements
 */
record Scenario(Kind kind, String category, String name, String method, String path, @Nullable String body,
        @Nullable String undo, boolean explain) {

    enum Kind {
        BASELINE("What any API call costs (authentication, HTTP, JSON)", 0, false),
        LIST("First page of a tab", 20, true),
        DEEP("The next page deep into the list", 20, true),
        COUNTS("Counts", 20, true),
        SEARCH("Search", 30, false),
        ANALYTICS("Analytics", 300, false),
        BULK("Bulk action", 0, false);

        final String title;
        /** The aim for the 95th percentile, in ms; 0 when there is none. */
        final int aimMs;
        /** Whether the aim includes staying within 1.5 times the raw SQL. */
        final boolean aimRatio;

        Kind(String title, int aimMs, boolean aimRatio) {
            this.title = title;
            this.aimMs = aimMs;
            this.aimRatio = aimRatio;
        }
    }

    static final double AIM_RATIO = 1.5;

    static Scenario get(Kind kind, String category, String name, String path, boolean explain) {
        return new Scenario(kind, category, name, "GET", path, null, null, explain);
    }

    static Scenario bulk(String name, String body, String undo) {
        return new Scenario(Kind.BULK, "", name, "POST", "/api/v1/chats/bulk", body, undo, false);
    }

    String label() {
        return category.isEmpty() ? name : category + ": " + name;
    }

    /** The same call continued from a keyset cursor. */
    Scenario from(String cursor) {
        return new Scenario(kind, category, name, method, path + "&cursor=" + cursor, body, undo, explain);
    }
}
