package dev.switchboard.widget;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Keeps a visitor (and an address, for visitors made up by the thousand) from flooding the
 * inbox. Token buckets per node: with N nodes a visitor gets at most N times the rate, still
 * far from a flood. The buckets live in a bounded cache, so memory stays bounded too.
 */
@Component
class VisitorThrottle {

    /** What a visitor may do, and how often. */
    enum Act {
        /** A new visitor: a browser without a token. Per address. */
        ARRIVE(20, Duration.ofMinutes(1)),
        /** A message: bursts of 10, then one every 3 seconds. Per visitor. */
        WRITE(10, Duration.ofSeconds(30)),
        /** Messages from one address, all visitors behind it together (an office, a mobile carrier). */
        WRITE_FROM_ADDRESS(120, Duration.ofMinutes(1)),
        /** A file. Per visitor. */
        SEND_FILE(10, Duration.ofMinutes(10)),
        /** Reading: the look, the dialog, read receipts. Per address: a page load takes a few. */
        READ(300, Duration.ofMinutes(1)),
        /** A change of contacts. Per visitor. */
        LEAVE_CONTACTS(10, Duration.ofMinutes(10));

        private final int capacity;
        private final Duration period;

        Act(int capacity, Duration period) {
            this.capacity = capacity;
            this.period = period;
        }
    }

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(200_000).expireAfterAccess(Duration.ofMinutes(30)).build();

    /** Takes one; throws 429 with when to try again when the bucket is empty. */
    void take(Act act, String who) {
        Bucket bucket = buckets.get(act.name() + ":" + who, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(act.capacity).refillGreedy(act.capacity, act.period).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
            throw new VisitorRefused(429, "Too many messages at once: try again in " + seconds + " s", seconds);
        }
    }
}
