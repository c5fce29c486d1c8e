package dev.switchboard.channels;

import java.util.Map;

/** Knows one platform: connects an account, reads its hook calls, delivers our messages. */
public interface Connector {

    ChannelType type();

    /**
     * Checks the settings with the platform and registers what it needs (a webhook); answers
     * the settings to keep. Throws {@link dev.switchboard.common.RuleViolation} when the
     * platform refuses them.
     */
    Map<String, Object> connect(Channel channel);

    /**
     * Points the platform at the hook of a channel just stored, where the platform lets an API
     * do it after the fact (VK's Callback API servers, which call the hook to confirm it).
     * Throws {@link dev.switchboard.common.RuleViolation} with what the admin should do by hand.
     */
    default void registerHook(Channel channel) {
    }

    /** Verifies a hook call is genuine and reads it. Throws {@link HookRejected} otherwise. */
    HookAnswer receive(Channel channel, HookCall call);

    /** One attempt to deliver a message. */
    Delivery deliver(Channel channel, OutboundMessage message);

    /** The bytes of a file that is still on the platform. */
    PlatformFile fetch(Channel channel, String platformRef);

    /** The templates the platform has approved for this channel; only platforms that have them answer. */
    default java.util.List<PlatformTemplate.Offered> platformTemplates(Channel channel) {
        throw new dev.switchboard.common.RuleViolation("Channels of type " + type() + " have no platform templates");
    }

    /**
     * Tells the platform to stop calling a channel being removed (Telegram: {@code deleteWebhook});
     * best effort, nothing where the platform's own settings hold the hook.
     */
    default void disconnect(Channel channel) {
    }

    /** The settings as they may be shown: secrets masked. */
    Map<String, Object> visibleSettings(Map<String, Object> settings);

    /** A file fetched from a platform. */
    record PlatformFile(byte[] bytes, String contentType) {
    }
}
