package dev.switchboard.demo;

import dev.switchboard.accounts.User;
import dev.switchboard.common.Ids;
import dev.switchboard.funnel.Stage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One chat of the demo with its history and tasks. The denormalised fields of the chat row
 * are derived from the history here, the way the product's own moves would have left them.
 */
final class DemoChat {

    /** A stored message; ids are given oldest first, so history pages by id the way it happened. */
    record Message(UUID id, String direction, @Nullable String text, @Nullable UUID authorId, @Nullable String status,
            @Nullable String error, @Nullable String externalId, @Nullable Map<String, Object> event, Instant at) {
    }

    record Task(UUID id, String text, Instant dueAt, UUID assigneeId, boolean done, @Nullable Instant doneAt,
            Instant createdAt) {
    }

    final UUID id = Ids.next();
    final DemoClient client;
    final DemoClient.Identity identity;
    final String threadKey;
    final @Nullable Map<String, Object> post;
    String category = "new";
    @Nullable Stage stage;
    @Nullable User responsible;
    @Nullable Integer price;
    List<UUID> tagIds = List.of();
    List<Message> messages = List.of();
    final List<Task> tasks = new ArrayList<>();
    /** Whether an operator has read the client's latest messages (only an Accepted chat can be read yet unanswered). */
    boolean readByOperator;

    DemoChat(DemoClient client, DemoClient.Identity identity, String threadKey, @Nullable Map<String, Object> post) {
        this.client = client;
        this.identity = identity;
        this.threadKey = threadKey;
        this.post = post;
    }

    String sourceType() {
        return post == null ? "message" : "comment";
    }

    Instant createdAt() {
        return messages.getFirst().at();
    }

    /** The last message the list previews: a client's or an operator's, never a note or an event line. */
    Message last() {
        return messages.stream().filter(m -> m.direction().equals("in") || m.direction().equals("out"))
                .reduce((a, b) -> b).orElseThrow();
    }

    @Nullable Instant lastInboundAt() {
        return messages.stream().filter(m -> m.direction().equals("in")).map(Message::at)
                .reduce((a, b) -> b).orElse(null);
    }

    Instant updatedAt() {
        return messages.getLast().at();
    }

    /** When the client's unanswered messages began: the first inbound after the last outbound. */
    @Nullable Instant awaitingReplySince() {
        Instant since = null;
        for (Message m : messages) {
            if (m.direction().equals("in") && since == null) {
                since = m.at();
            } else if (m.direction().equals("out")) {
                since = null;
            }
        }
        return since;
    }

    int unreadCount() {
        if (category.equals("archive") || readByOperator) {
            return 0;
        }
        int unread = 0;
        for (Message m : messages) {
            unread = m.direction().equals("in") ? unread + 1 : m.direction().equals("out") ? 0 : unread;
        }
        return unread;
    }

    /** How long the client waited for the last answer. */
    @Nullable Integer lastResponseSeconds() {
        Instant since = null;
        Integer response = null;
        for (Message m : messages) {
            if (m.direction().equals("in") && since == null) {
                since = m.at();
            } else if (m.direction().equals("out") && since != null) {
                response = (int) Duration.between(since, m.at()).toSeconds();
                since = null;
            }
        }
        return response;
    }

    List<Task> openTasks() {
        return tasks.stream().filter(t -> !t.done())
                .sorted(Comparator.comparing(Task::dueAt).thenComparing(Task::id)).toList();
    }
}
