package dev.switchboard.channels;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A message to deliver to a client through a channel: a text and files, or a platform template. */
public record OutboundMessage(UUID workspaceId, UUID channelId, UUID messageId, String recipient,
        @Nullable String text, List<OutboundAttachment> attachments, @Nullable PlatformTemplate template) {

    public OutboundMessage(UUID workspaceId, UUID channelId, UUID messageId, String recipient, @Nullable String text,
            List<OutboundAttachment> attachments) {
        this(workspaceId, channelId, messageId, recipient, text, attachments, null);
    }

    /** A file to send, with where its bytes are stored. */
    public record OutboundAttachment(String name, String contentType, long size, String storageKey) {
    }
}
