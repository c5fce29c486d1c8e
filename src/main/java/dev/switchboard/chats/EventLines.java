package dev.switchboard.chats;

import dev.switchboard.accounts.Workspaces;
import dev.switchboard.messages.EventKind;
import dev.switchboard.messages.MessageRecorded;
import dev.switchboard.messages.Messages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Writes the event lines of a move into the chat's history: who did what, in the workspace's language. */
@Component
class EventLines {

    private final Messages messages;
    private final Workspaces workspaces;
    private final ApplicationEventPublisher events;

    EventLines(Messages messages, Workspaces workspaces, ApplicationEventPublisher events) {
        this.messages = messages;
        this.workspaces = workspaces;
        this.events = events;
    }

    /** The one who made a move; null for the system. */
    record Actor(UUID id, String name) {
    }

    /** The same move in many chats: one statement, and no live frame per line (the mass action sends one). */
    void writeMany(UUID workspaceId, EventKind kind, List<UUID> chatIds, List<UUID> channelIds, Actor actor,
            String subject) {
        if (chatIds.isEmpty()) {
            return;
        }
        String text = kind.describe(workspaces.get(workspaceId).locale(), actor.name(), subject);
        Map<String, Object> event = new HashMap<>();
        event.put("kind", kind.name());
        event.put("actor", Map.of("id", actor.id().toString(), "name", actor.name()));
        if (!subject.isEmpty()) {
            event.put("subject", subject);
        }
        messages.recordEvents(workspaceId, chatIds, channelIds, text, event, actor.id());
    }

    void write(UUID workspaceId, UUID chatId, UUID channelId, List<EventKind> kinds, @Nullable Actor actor,
            String subject) {
        write(workspaceId, chatId, channelId, kinds, actor, subject, true);
    }

    /** The lines; {@code announce} false keeps them off every screen until someone opens the chat. */
    void write(UUID workspaceId, UUID chatId, UUID channelId, List<EventKind> kinds, @Nullable Actor actor,
            String subject, boolean announce) {
        if (kinds.isEmpty()) {
            return;
        }
        String locale = workspaces.get(workspaceId).locale();
        for (EventKind kind : kinds) {
            Map<String, Object> event = new HashMap<>();
            event.put("kind", kind.name());
            event.put("actor", actor == null ? null : Map.of("id", actor.id().toString(), "name", actor.name()));
            if (!subject.isEmpty()) {
                event.put("subject", subject);
            }
            String text = kind.describe(locale, actor == null ? "" : actor.name(), subject);
            messages.record(workspaceId, new Messages.Draft(chatId, channelId, "event", text,
                            actor == null ? null : actor.id(), null, null, event, null, null, null))
                    .filter(id -> announce)
                    .ifPresent(id -> events.publishEvent(new MessageRecorded(workspaceId, chatId, id, true)));
        }
    }
}
