package dev.switchboard.common;

import org.jspecify.annotations.Nullable;

/** The page size rule of the API: 1 to 200, 50 when not given. */
public final class Limits {

    private Limits() {
    }

    public static int pageSize(@Nullable Integer limit) {
        if (limit == null) {
            return 50;
        }
        if (limit < 1 || limit > 200) {
            throw new BadRequest("limit", "limit must be between 1 and 200");
        }
        return limit;
    }
}
