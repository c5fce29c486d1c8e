package dev.switchboard.common;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.util.Optional;
import java.util.UUID;

/** Time-ordered ids (UUIDv7), so new rows land at the end of every index. */
public final class Ids {

    private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

    private Ids() {
    }

    public static UUID next() {
        return GENERATOR.generate();
    }

    /** Reads an id given by a caller; anything that is not one is simply not found. */
    public static Optional<UUID> parse(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static UUID parseOrNotFound(String text) {
        return parse(text).orElseThrow(() -> new NotFound("Not found"));
    }
}
