package dev.switchboard.channels;

import java.util.Map;
import java.util.UUID;

/** One connected account of a platform, with its settings (secrets included: never shown as they are). */
public record Channel(UUID workspaceId, UUID id, ChannelType type, String name, String status,
        Map<String, Object> settings, String secret) {

    /** The status of the demo workspace's channels: they talk to no platform, and every answer is taken. */
    public static final String DEMO = "demo";

    public String setting(String key) {
        Object value = settings.get(key);
        return value == null ? "" : value.toString();
    }
}
