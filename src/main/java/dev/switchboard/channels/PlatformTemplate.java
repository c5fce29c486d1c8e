package dev.switchboard.channels;

import java.util.List;

/**
 * A message template approved on the platform (WhatsApp's message templates): sent by its
 * name and language with the values of its {{1}}, {{2}} … placeholders, in order.
 */
public record PlatformTemplate(String name, String language, List<String> params) {

    /** A template the platform offers: its body text and how many values it takes. */
    public record Offered(String name, String language, String category, String text, int params) {
    }
}
