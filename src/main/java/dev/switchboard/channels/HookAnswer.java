package dev.switchboard.channels;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a connector made of a hook call: the messages to store, and, where a platform expects
 * a particular reply (a verification challenge, a confirmation code), that reply's body.
 */
public record HookAnswer(List<InboundMessage> messages, @Nullable String reply) {

    public static HookAnswer of(List<InboundMessage> messages) {
        return new HookAnswer(messages, null);
    }
}
