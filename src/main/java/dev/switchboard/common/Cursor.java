package dev.switchboard.common;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * A keyset position: the sort key of the last row seen and its id. Opaque to callers; a
 * cursor that does not decode is bad input, not a server error.
 */
public record Cursor(String key, UUID id) {

    public static Cursor of(Instant at, UUID id) {
        return new Cursor(at.toString(), id);
    }

    public static Cursor of(String key, UUID id) {
        return new Cursor(key, id);
    }

    public Instant instant() {
        try {
            return Instant.parse(key);
        } catch (RuntimeException e) {
            throw new BadRequest("cursor", "The cursor is not valid");
        }
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((key + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String text) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int bar = raw.lastIndexOf('|');
            return new Cursor(raw.substring(0, bar), UUID.fromString(raw.substring(bar + 1)));
        } catch (RuntimeException e) {
            throw new BadRequest("cursor", "The cursor is not valid");
        }
    }
}
