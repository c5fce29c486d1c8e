package dev.switchboard.widget;

import dev.switchboard.channels.Channel;
import java.util.Locale;

/**
 * One person on a site with the widget, known by the token their browser keeps; their dialog is
 * one chat. {@code locale}: the workspace's language, in which the widget speaks to them.
 */
record Visitor(Channel channel, String id, String locale) {

    /** What to tell the visitor, in the widget's language. */
    String say(String english, String russian) {
        return locale.startsWith("ru") ? russian : english;
    }

    /** The dialog's key on the channel: one chat per visitor. */
    String threadKey() {
        return id;
    }

    /** What the inbox calls a visitor who left no name: "Visitor 3F9A" in the workspace's language. */
    String placeholderName() {
        return say("Visitor ", "Посетитель ") + id.substring(0, 4).toUpperCase(Locale.ROOT);
    }

    /** Whether a client's name is still the one the inbox gave (in either language, as the workspace's may change). */
    boolean isPlaceholder(String name) {
        String tag = id.substring(0, 4).toUpperCase(Locale.ROOT);
        return name.equals("Visitor " + tag) || name.equals("Посетитель " + tag);
    }
}
