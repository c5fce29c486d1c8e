package dev.switchboard.channels;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A message a client sent, as a connector read it from its platform; or, with
 * {@code fromBusiness}, one the business sent from the platform's own app (a community
 * admin answering in VK), kept so the history is whole.
 *
 * @param externalId the platform's id of this message, unique within the channel
 * @param threadKey what the dialog is about on the platform (one chat per thread key and channel)
 * @param recipient where replies go on the platform
 * @param sender the person who wrote
 * @param edited an edit of a message received before (same external id)
 * @param post for a comment, the post it is under: {@code {id, text, url}}
 * @param html an e-mail's body as sanitised HTML (formatting and safe links only)
 */
public record InboundMessage(String externalId, String threadKey, String recipient, Sender sender,
        @Nullable String text, List<InboundAttachment> attachments, Instant sentAt, boolean edited,
        String sourceType, java.util.@Nullable Map<String, Object> post, boolean fromBusiness, @Nullable String html) {

    public InboundMessage(String externalId, String threadKey, String recipient, Sender sender, @Nullable String text,
            List<InboundAttachment> attachments, Instant sentAt, boolean edited, String sourceType,
            java.util.@Nullable Map<String, Object> post, boolean fromBusiness) {
        this(externalId, threadKey, recipient, sender, text, attachments, sentAt, edited, sourceType, post, fromBusiness,
                null);
    }

    public InboundMessage(String externalId, String threadKey, String recipient, Sender sender, @Nullable String text,
            List<InboundAttachment> attachments, Instant sentAt, boolean edited, String sourceType,
            java.util.@Nullable Map<String, Object> post) {
        this(externalId, threadKey, recipient, sender, text, attachments, sentAt, edited, sourceType, post, false);
    }

    public InboundMessage(String externalId, String threadKey, String recipient, Sender sender, @Nullable String text,
            List<InboundAttachment> attachments, Instant sentAt, boolean edited, String sourceType) {
        this(externalId, threadKey, recipient, sender, text, attachments, sentAt, edited, sourceType, null);
    }

    /** The person who wrote, in the platform's words. */
    public record Sender(String externalId, String name, @Nullable String username, @Nullable String phone,
            @Nullable String email, @Nullable String avatarRef) {
    }

    /**
     * A file that came with the message: still on the platform until someone opens it, or, with
     * {@code storageKey}, already in our storage (a widget visitor's upload).
     */
    public record InboundAttachment(String name, String contentType, @Nullable Long size, @Nullable String platformRef,
            @Nullable String storageKey) {

        public InboundAttachment(String name, String contentType, @Nullable Long size, String platformRef) {
            this(name, contentType, size, platformRef, null);
        }
    }
}
