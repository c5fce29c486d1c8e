package dev.switchboard.common;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of a keyset-paged list: the items and the cursor of the next page, if any. */
public record Page<T>(List<T> items, @Nullable String nextCursor) {
}
