package dev.switchboard.channels;

import java.util.Map;
import java.util.UUID;

/** One connected account of a platform, with its settings (secrets included: never shown as they are). */
public record Channel(UUID workspaceId, UUID id, ChannelType type, String name, String status,
        Map<String, Object> settings, String secret) {

    /** The status of the demo workspace's channels: they talk to no platform, and every answer is taken. */
    public static final String DEMO = "demo";
    /** The status of a channel an admin paused: its hook asks the platform to try later, nothing is sent. */
    public static final String DISABLED = "disabled";

    /** Refuses settings that lack one of these, naming it: "settings.botToken is required for a Telegram bot". */
    public void require(java.util.List<String> keys, String what) {
        for (String key : keys) {
            if (setting(key).isBlank()) {
                throw new dev.switchboard.common.RuleViolation("settings." + key + " is required for " + what);
            }
        }
    }

    public String setting(String key) {
        Object value = settings.get(key);
        return value == null ? "" : value.toString();
    }
}
