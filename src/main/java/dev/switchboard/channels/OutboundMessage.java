package dev.switchboard.channels;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A message to deliver to a client through a channel. */
public record OutboundMessage(UUID workspaceId, UUID channelId, UUID messageId, String recipient,
        @Nullable String text, List<OutboundAttachment> attachments) {

    /** A file to send, with where its bytes are stored. */
    public record OutboundAttachment(String name, String contentType, long size, String storageKey) {
    }
}
