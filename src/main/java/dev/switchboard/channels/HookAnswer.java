package dev.switchboard.channels;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a connector made of a hook call: the messages to store, the platform's receipts for
 * our own messages (delivered, read, failed), and, where a platform expects a particular
 * reply (a verification challenge, a confirmation code), that reply's body.
 */
public record HookAnswer(List<InboundMessage> messages, List<DeliveryReceipt> receipts, @Nullable String reply) {

    public HookAnswer(List<InboundMessage> messages, @Nullable String reply) {
        this(messages, List.of(), reply);
    }

    public static HookAnswer of(List<InboundMessage> messages) {
        return new HookAnswer(messages, List.of(), null);
    }
}
