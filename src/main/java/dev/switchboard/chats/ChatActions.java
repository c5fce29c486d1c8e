package dev.switchboard.chats;

import dev.switchboard.accounts.CurrentUser;
import dev.switchboard.common.NotFound;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The moves an operator makes on one chat: accept, archive, mark read and unread. */
@Service
class ChatActions {

    private final Chats chats;
    private final ChatList list;
    private final EventLines eventLines;
    private final ApplicationEventPublisher events;

    ChatActions(Chats chats, ChatList list, EventLines eventLines, ApplicationEventPublisher events) {
        this.chats = chats;
        this.list = list;
        this.eventLines = eventLines;
        this.events = events;
    }

    @Transactional
    ChatRow accept(CurrentUser by, UUID chatId) {
        return move(by, chatId, s -> s.accept(by.id()));
    }

    @Transactional
    ChatRow archive(CurrentUser by, UUID chatId) {
        return move(by, chatId, ChatState::archive);
    }

    @Transactional
    ChatRow read(CurrentUser by, UUID chatId) {
        return move(by, chatId, ChatState::read);
    }

    @Transactional
    ChatRow unread(CurrentUser by, UUID chatId) {
        return move(by, chatId, ChatState::unread);
    }

    private ChatRow move(CurrentUser by, UUID chatId, Function<ChatState, ChatState.Moved> move) {
        UUID ws = by.workspaceId();
        ChatState before = chats.lock(ws, chatId).orElseThrow(() -> new NotFound("Chat not found"));
        ChatState.Moved moved = move.apply(before);
        if (moved.changed(before)) {
            chats.save(ws, moved.state());
            Chats.Route route = chats.route(ws, chatId).orElseThrow();
            eventLines.write(ws, chatId, route.channelId(), moved.events(), new EventLines.Actor(by.id(), by.name()), "");
            events.publishEvent(new ChatChanged(ws, chatId, false));
        }
        return list.row(ws, chatId).orElseThrow();
    }
}
