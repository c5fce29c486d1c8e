package dev.switchboard.widget;

import dev.switchboard.channels.Channel;
import dev.switchboard.messages.MessageView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A message as the visitor sees it: theirs or an operator's, with the operator's name but
 * nothing of the inbox (no status detail, no notes, no ids of users).
 *
 * @param clientId the id the widget gave a message the visitor wrote, to match its pending bubble
 * @param from {@code visitor} or {@code operator}
 * @param read an operator's message the visitor has seen
 */
record VisitorMessage(String id, @Nullable String clientId, String from, @Nullable String text, @Nullable String author,
        List<File> attachments, Instant createdAt, boolean read) {

    /** A file, downloaded from {@code url} (a path on the app, signed for this file). */
    record File(String name, @Nullable Long size, String contentType, String url) {
    }

    static VisitorMessage of(Visitor visitor, MessageView m) {
        boolean mine = "in".equals(m.direction());
        String prefix = visitor.id() + ":";
        String clientId = mine && m.externalId() != null && m.externalId().startsWith(prefix)
                ? m.externalId().substring(prefix.length()) : null;
        return new VisitorMessage(m.id(), clientId, mine ? "visitor" : "operator", m.text(),
                mine || m.author() == null ? null : m.author().name(),
                m.attachments().stream().map(a -> file(visitor.channel(), a)).toList(), m.createdAt(),
                !mine && "read".equals(m.status()));
    }

    private static File file(Channel channel, MessageView.AttachmentView a) {
        UUID id = UUID.fromString(a.id());
        return new File(a.name(), a.size(), a.contentType(), "/widget/v1/" + channel.id() + "/files/" + id + "?s="
                + VisitorTokens.fileSignature(channel, id));
    }
}
