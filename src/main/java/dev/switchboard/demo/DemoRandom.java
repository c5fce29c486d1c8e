package dev.switchboard.demo;

import java.util.List;
import java.util.Random;

/** The demo's dice: seeded, so every fresh start builds the same workspace. */
final class DemoRandom {

    private final Random random;

    DemoRandom(long seed) {
        this.random = new Random(seed);
    }

    Random raw() {
        return random;
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    /** A duration spread evenly on a log scale, so short waits are common and long ones rare. */
    long logBetween(long min, long max) {
        return Math.round(Math.exp(Math.log(min) + random.nextDouble() * (Math.log(max) - Math.log(min))));
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    double fraction() {
        return random.nextDouble();
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** One of the items, each as likely as its weight says. */
    <T> T weighted(List<T> items, int... weights) {
        int n = Math.min(items.size(), weights.length);
        int total = 0;
        for (int i = 0; i < n; i++) {
            total += weights[i];
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < n; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return items.get(i);
            }
        }
        return items.getLast();
    }
}
