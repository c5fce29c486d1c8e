package dev.switchboard.channels;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A message to deliver to a client through a channel: a text and files, or a platform
 * template; {@code target} says where on the platform it goes (direct messages, or publicly
 * under one of the client's comments).
 */
public record OutboundMessage(UUID workspaceId, UUID channelId, UUID messageId, String recipient,
        @Nullable String text, List<OutboundAttachment> attachments, @Nullable PlatformTemplate template,
        Target target) {

    public OutboundMessage {
        if (target == null) { // queued before answers had targets
            target = Target.direct(null);
        }
    }

    public OutboundMessage(UUID workspaceId, UUID channelId, UUID messageId, String recipient, @Nullable String text,
            List<OutboundAttachment> attachments, @Nullable PlatformTemplate template) {
        this(workspaceId, channelId, messageId, recipient, text, attachments, template, Target.direct(null));
    }

    public OutboundMessage(UUID workspaceId, UUID channelId, UUID messageId, String recipient, @Nullable String text,
            List<OutboundAttachment> attachments) {
        this(workspaceId, channelId, messageId, recipient, text, attachments, null);
    }

    /**
     * An e-mail thread an answer continues: its first message's id ({@code References} starts
     * with it), the client's last message ({@code In-Reply-To}) and the subject.
     */
    public record MailThread(String root, @Nullable String inReplyTo, @Nullable String subject) {
    }

    /** A file to send, with where its bytes are stored. */
    public record OutboundAttachment(String name, String contentType, long size, String storageKey) {
    }

    /**
     * Where the answer goes. In a direct chat: direct messages, with when the client last wrote
     * (platforms with a reply window answer differently after a day). In a comment chat: publicly
     * under the client's comment {@code commentId}, or in direct messages to the comment's
     * author {@code clientId} — Meta takes that as a private reply to the comment.
     *
     * @param post the post's platform id in a comment chat, null in a direct chat
     */
    public record Target(boolean publicReply, @Nullable String commentId, @Nullable String clientId,
            @Nullable String post, @Nullable Instant clientWroteAt, @Nullable MailThread mail) {

        public Target(boolean publicReply, @Nullable String commentId, @Nullable String clientId, @Nullable String post,
                @Nullable Instant clientWroteAt) {
            this(publicReply, commentId, clientId, post, clientWroteAt, null);
        }

        public static Target direct(@Nullable Instant clientWroteAt) {
            return new Target(false, null, null, null, clientWroteAt);
        }

        /** The same target, answering within an e-mail thread. */
        public Target inMailThread(MailThread thread) {
            return new Target(publicReply, commentId, clientId, post, clientWroteAt, thread);
        }

        /** Whether the chat is a comment thread (whichever way this answer goes). */
        public boolean inCommentThread() {
            return post != null;
        }
    }
}
