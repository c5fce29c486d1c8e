package dev.switchboard.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing. Every attempt is counted before the password is checked,
 * so parallel guesses cannot slip through; a successful one is taken back. Past the limit
 * for one e-mail or one address within the window, attempts are refused until it moves on.
 * The memory it uses is bounded: expired entries are dropped when the table grows.
 */
@Component
class SignInThrottle {

    static final int MAX_PER_EMAIL = 10;
    static final int MAX_PER_ADDRESS = 30;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int MAX_KEYS = 100_000;

    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    /** Counts an attempt; false when the e-mail or the address has used up its attempts. */
    boolean attempt(String email, String address) {
        if (attempts.size() > MAX_KEYS) {
            purge();
        }
        boolean byEmail = take("e:" + email.toLowerCase(Locale.ROOT), MAX_PER_EMAIL);
        boolean byAddress = take("a:" + address, MAX_PER_ADDRESS);
        return byEmail && byAddress;
    }

    /**
     * A correct password: the attempt counts neither against the e-mail nor against the
     * address — a team behind one office address signing in at the start of a shift is no
     * attack.
     */
    void succeeded(String email, String address) {
        attempts.remove("e:" + email.toLowerCase(Locale.ROOT));
        Deque<Instant> times = attempts.get("a:" + address);
        if (times != null) {
            synchronized (times) {
                times.pollLast();
            }
        }
    }

    private boolean take(String key, int limit) {
        Deque<Instant> times = attempts.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            Instant now = clock.instant();
            dropExpired(times, now);
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    private void purge() {
        Instant now = clock.instant();
        attempts.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                dropExpired(e.getValue(), now);
                return e.getValue().isEmpty();
            }
        });
    }

    private static void dropExpired(Deque<Instant> times, Instant now) {
        Instant cutoff = now.minus(WINDOW);
        while (!times.isEmpty() && times.peekFirst().isBefore(cutoff)) {
            times.pollFirst();
        }
    }
}
