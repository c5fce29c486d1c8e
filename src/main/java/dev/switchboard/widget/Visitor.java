package dev.switchboard.widget;

import dev.switchboard.channels.Channel;
import java.util.Locale;

/** One person on a site with the widget, known by the token their browser keeps; their dialog is one chat. */
record Visitor(Channel channel, String id) {

    /** The dialog's key on the channel: one chat per visitor. */
    String threadKey() {
        return id;
    }

    /** What the inbox calls a visitor who left no name: "Visitor 3F9A" in the workspace's language. */
    String placeholderName(String locale) {
        String tag = id.substring(0, 4).toUpperCase(Locale.ROOT);
        return (locale.startsWith("ru") ? "Посетитель " : "Visitor ") + tag;
    }

    boolean isPlaceholder(String name) {
        return name.equals(placeholderName("ru")) || name.equals(placeholderName("en"));
    }
}
