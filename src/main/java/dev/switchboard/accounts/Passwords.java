package dev.switchboard.accounts;

import dev.switchboard.common.BadRequest;
import java.nio.charset.StandardCharsets;

/** The rules for a password: 8 characters at least, and no more than bcrypt reads (72 bytes of UTF-8). */
final class Passwords {

    static final int MIN_CHARACTERS = 8;
    static final int MAX_BYTES = 72;

    private Passwords() {
    }

    static boolean fits(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    static void check(String password) {
        if (password.length() < MIN_CHARACTERS) {
            throw new BadRequest("password", "The password needs at least " + MIN_CHARACTERS + " characters");
        }
        if (!fits(password)) {
            throw new BadRequest("password", "The password may be at most " + MAX_BYTES
                    + " bytes long (fewer characters in Cyrillic)");
        }
    }
}
