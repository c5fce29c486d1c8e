package dev.switchboard.messages;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A message as the API shows it. */
public record MessageView(String id, String chatId, String direction, @Nullable String text,
        List<AttachmentView> attachments, @Nullable Author author, @Nullable String status, @Nullable String error,
        @Nullable Map<String, Object> replyTo, @Nullable String externalId, @Nullable Map<String, Object> event,
        @Nullable Instant editedAt, Instant createdAt, @Nullable String html) {

    /** Who wrote it: an operator, or nobody for the client and the system. */
    public record Author(String id, String name) {
    }

    /** A file of a message; {@code url} downloads it within the workspace. */
    public record AttachmentView(String id, String name, @Nullable Long size, String contentType, String url) {
    }
}
