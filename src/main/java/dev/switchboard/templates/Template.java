package dev.switchboard.templates;

import org.jspecify.annotations.Nullable;

/** A quick reply; {@code personal} ones are seen and changed only by the user who made them. */
public record Template(String id, String title, String text, @Nullable String shortcut, boolean personal) {
}
