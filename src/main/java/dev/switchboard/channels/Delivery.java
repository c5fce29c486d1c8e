package dev.switchboard.channels;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** The outcome of one attempt to hand a message to a platform. */
public sealed interface Delivery {

    /** The platform took it and gave it this id. */
    record Sent(String externalId) implements Delivery {
    }

    /** The platform refused it for good (blocked bot, unknown chat …), with its reason. */
    record Refused(String reason) implements Delivery {
    }

    /** Worth another try: rate limit, server error, network trouble; after the platform's delay if it gave one. */
    record TryLater(String reason, @Nullable Duration after) implements Delivery {
    }
}
