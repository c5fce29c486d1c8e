package dev.switchboard.templates;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a template's placeholders: {@code {client.name}}, {@code {client.firstName}},
 * {@code {client.phone}}, {@code {client.email}}, {@code {client.username}},
 * {@code {operator.name}}, {@code {operator.firstName}}, {@code {workspace.name}}. A known
 * placeholder without a value becomes empty; anything else in braces stays as written.
 */
public final class TemplateText {

    public static final java.util.List<String> PLACEHOLDERS = java.util.List.of("client.name", "client.firstName",
            "client.phone", "client.email", "client.username", "operator.name", "operator.firstName", "workspace.name");

    private static final String EMPTY = "\u0000";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*([a-zA-Z]+\\.[a-zA-Z]+)\\s*}");

    private TemplateText() {
    }

    public static String render(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String value = PLACEHOLDERS.contains(key) ? values.getOrDefault(key, "") : m.group();
            // an empty value leaves a mark, so the space before it can go too: "Hello, {client.name}!" -> "Hello!"
            m.appendReplacement(out, Matcher.quoteReplacement(value == null || value.isBlank() ? EMPTY : value));
        }
        m.appendTail(out);
        return out.toString()
                .replaceAll(",?[ \\t]*" + EMPTY + "(?=[!?.])", "")
                .replaceAll("[ \\t]*" + EMPTY + "(?=[,.!?;:)]|$)", "")
                .replaceAll("[ \\t]" + EMPTY + "[ \\t]", " ")
                .replace(EMPTY, "")
                .strip();
    }

    /** The first word of a name: how a person is addressed. */
    public static String firstName(String name) {
        String trimmed = name == null ? "" : name.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }
}
