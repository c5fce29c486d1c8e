package dev.switchboard.chats;

import dev.switchboard.messages.EventKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The part of a chat the category rules of the product work on. Each move answers the new
 * state and the events it leaves in the history; nothing here touches the database.
 */
record ChatState(UUID id, Category category, @Nullable UUID responsibleId, int unreadCount,
        @Nullable Instant awaitingReplySince, @Nullable Integer lastResponseSeconds) {

    /** A state after a move, with the event lines the move writes. */
    record Moved(ChatState state, List<EventKind> events) {

        boolean changed(ChatState before) {
            return !state.equals(before);
        }
    }

    /** A client's message: an archived chat goes back to New; it is unread and awaits a reply. */
    Moved receive(Instant at) {
        List<EventKind> events = new ArrayList<>();
        Category next = category;
        if (category == Category.ARCHIVE) {
            next = Category.NEW;
            events.add(EventKind.reopened);
        }
        return new Moved(new ChatState(id, next, responsibleId, unreadCount + 1,
                awaitingReplySince == null ? at : awaitingReplySince, lastResponseSeconds), events);
    }

    /** Accepting puts the chat in work; the one who accepts becomes responsible if nobody is. */
    Moved accept(UUID by) {
        if (category == Category.ACCEPTED) {
            return new Moved(this, List.of());
        }
        return new Moved(new ChatState(id, Category.ACCEPTED, responsibleId == null ? by : responsibleId,
                unreadCount, awaitingReplySince, lastResponseSeconds), List.of(EventKind.accepted));
    }

    Moved archive() {
        if (category == Category.ARCHIVE) {
            return new Moved(this, List.of());
        }
        return new Moved(new ChatState(id, Category.ARCHIVE, responsibleId, unreadCount, awaitingReplySince,
                lastResponseSeconds), List.of(EventKind.archived));
    }

    /**
     * An operator's answer: the chat is read, no longer awaits a reply, and the time it
     * waited becomes its response time. Answering a chat that is not in work takes it into work.
     */
    Moved reply(UUID by, Instant at) {
        Moved accepted = accept(by);
        ChatState s = accepted.state();
        Integer response = awaitingReplySince == null ? lastResponseSeconds
                : Integer.valueOf((int) Math.max(0, Duration.between(awaitingReplySince, at).toSeconds()));
        return new Moved(new ChatState(id, s.category(), s.responsibleId(), 0, null, response), accepted.events());
    }

    ChatState withResponsible(UUID user) {
        return new ChatState(id, category, user, unreadCount, awaitingReplySince, lastResponseSeconds);
    }

    Moved read() {
        return new Moved(new ChatState(id, category, responsibleId, 0, awaitingReplySince, lastResponseSeconds),
                List.of());
    }

    Moved unread() {
        return new Moved(new ChatState(id, category, responsibleId, Math.max(1, unreadCount), awaitingReplySince,
                lastResponseSeconds), List.of());
    }
}
