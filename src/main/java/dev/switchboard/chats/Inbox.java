package dev.switchboard.chats;

import dev.switchboard.accounts.Presence;
import dev.switchboard.accounts.User;
import dev.switchboard.accounts.Workspace;
import dev.switchboard.accounts.Workspaces;
import dev.switchboard.channels.Channel;
import dev.switchboard.channels.InboundMessage;
import dev.switchboard.channels.InboundMessageReceived;
import dev.switchboard.clients.ClientProfile;
import dev.switchboard.clients.Clients;
import dev.switchboard.messages.Attachments;
import dev.switchboard.messages.EventKind;
import dev.switchboard.messages.MessageRecorded;
import dev.switchboard.messages.Messages;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Takes in what clients send, within the hook's transaction: finds or makes the client and
 * the chat, stores the message once (a repeat of the same platform message changes
 * nothing), and moves the chat as the product's rules say. A chat that comes into New
 * with nobody responsible goes, when the workspace assigns automatically, to the online
 * operator of the channel who was given one longest ago; the stop-list archives it unseen.
 */
@Component
class Inbox {

    private final Clients clients;
    private final Chats chats;
    private final Messages messages;
    private final Attachments attachments;
    private final Workspaces workspaces;
    private final EventLines eventLines;
    private final ApplicationEventPublisher events;
    private final StopList stopList;
    private final Presence presence;

    Inbox(Clients clients, Chats chats, Messages messages, Attachments attachments, Workspaces workspaces,
            EventLines eventLines, ApplicationEventPublisher events, StopList stopList, Presence presence) {
        this.presence = presence;
        this.stopList = stopList;
        this.clients = clients;
        this.chats = chats;
        this.messages = messages;
        this.attachments = attachments;
        this.workspaces = workspaces;
        this.eventLines = eventLines;
        this.events = events;
    }

    @EventListener
    void on(InboundMessageReceived received) {
        Channel channel = received.channel();
        InboundMessage m = received.message();
        UUID ws = channel.workspaceId();
        if (m.edited()) {
            messages.edit(ws, channel.id(), m.externalId(), storable(m.text()))
                    .ifPresent(id -> messages.chatOf(ws, id).ifPresent(chatId ->
                            events.publishEvent(new MessageRecorded(ws, chatId, id, false))));
            return;
        }
        if (m.fromBusiness()) {
            fromBusiness(channel, m);
            return;
        }
        Workspace workspace = workspaces.get(ws);
        InboundMessage.Sender s = m.sender();
        UUID clientId = clients.identify(ws, channel.id(),
                new ClientProfile(s.externalId(), storable(s.name()), s.username(), s.phone(), s.email(), s.avatarRef()),
                workspace.country());
        Chats.Found chat = continuation(ws, channel, m).orElseGet(() -> chats.findOrCreate(ws, channel.id(), clientId,
                m.threadKey(), m.recipient(), m.sourceType(), m.post()));
        // the chat is locked before anything is written to it, so messages arriving together queue up here
        ChatState before = chats.lock(ws, chat.id()).orElseThrow();
        Instant now = Instant.now();
        Optional<UUID> stored = messages.record(ws, new Messages.Draft(chat.id(), channel.id(), "in",
                storable(m.text()), null, null, m.externalId(), null, null, null, now));
        if (stored.isEmpty()) {
            return; // the platform repeated a message we already have
        }
        UUID messageId = stored.get();
        if (m.html() != null && !m.html().isBlank()) {
            messages.setHtml(ws, messageId, m.html());
        }
        m.attachments().forEach(a -> attachments.addInbound(ws, messageId, storable(a.name()), a.contentType(),
                a.size(), a.platformRef(), a.storageKey()));
        ChatState.Moved moved = before.receive(now);
        if (stopList.stops(ws, clientId, postOf(m.threadKey()), m.text()).isPresent()) {
            // kept, but out of sight: archived, and no screen hears of it
            ChatState.Moved archived = moved.state().archive();
            chats.save(ws, archived.state());
            chats.lastMessage(ws, chat.id(), messageId, "in", storable(previewText(m)), now);
            if (before.category() != Category.ARCHIVE) {
                eventLines.write(ws, chat.id(), channel.id(), List.of(EventKind.stopped), null, "", false);
            }
            return;
        }
        ChatState after = moved.state();
        Optional<User> assignee = after.category() == Category.NEW && after.responsibleId() == null
                && (chat.created() || before.category() != Category.NEW) && workspace.autoAssign()
                ? presence.nextOperator(ws, channel.id()) : Optional.empty();
        if (assignee.isPresent()) {
            after = after.withResponsible(assignee.get().id());
        }
        chats.save(ws, after);
        chats.lastMessage(ws, chat.id(), messageId, "in", storable(previewText(m)), now);
        events.publishEvent(new MessageRecorded(ws, chat.id(), messageId, true));
        eventLines.write(ws, chat.id(), channel.id(), moved.events(), null, "");
        assignee.ifPresent(a -> eventLines.write(ws, chat.id(), channel.id(), List.of(EventKind.auto_assigned), null,
                a.name()));
        events.publishEvent(new ChatChanged(ws, chat.id(), chat.created()));
    }

    /**
     * An answer the business wrote in the platform's own app: added to the chat's history as
     * sent (once, whatever the platform repeats); a conversation nobody wrote to here starts no chat.
     */
    private void fromBusiness(Channel channel, InboundMessage m) {
        UUID ws = channel.workspaceId();
        Optional<UUID> chatId = chats.byThread(ws, channel.id(), m.threadKey());
        if (chatId.isEmpty() || messages.outboundByExternalId(ws, channel.id(), m.externalId()).isPresent()) {
            return;
        }
        chats.lock(ws, chatId.get());
        if (messages.outboundByExternalId(ws, channel.id(), m.externalId()).isPresent()) {
            return;
        }
        Instant now = Instant.now();
        UUID messageId = messages.record(ws, new Messages.Draft(chatId.get(), channel.id(), "out", storable(m.text()),
                null, "sent", m.externalId(), null, null, null, now)).orElseThrow();
        m.attachments().forEach(a -> attachments.addInbound(ws, messageId, storable(a.name()), a.contentType(),
                a.size(), a.platformRef(), a.storageKey()));
        chats.lastMessage(ws, chatId.get(), messageId, "out", storable(previewText(m)), now);
        events.publishEvent(new MessageRecorded(ws, chatId.get(), messageId, true));
        events.publishEvent(new ChatChanged(ws, chatId.get(), false));
    }

    /**
     * The chat an e-mail thread continues when the thread began with our own mail (an operator
     * wrote first): the client's reply names our message as the head of its References.
     */
    private Optional<Chats.Found> continuation(UUID ws, Channel channel, InboundMessage m) {
        if (!m.threadKey().startsWith("mail:")) {
            return Optional.empty();
        }
        return messages.outboundByExternalId(ws, channel.id(), m.threadKey().substring(5))
                .flatMap(id -> messages.chatOf(ws, id))
                .map(chatId -> new Chats.Found(chatId, false));
    }

    /** The post a comment thread is under ("post:<post>:<client>"), or null for direct messages. */
    static @Nullable String postOf(String threadKey) {
        if (!threadKey.startsWith("post:")) {
            return null;
        }
        int end = threadKey.lastIndexOf(':');
        return end > 5 ? threadKey.substring(5, end) : null;
    }

    /** PostgreSQL text cannot hold NUL characters; a platform may still send them. */
    private static String storable(String text) {
        return text == null ? null : text.replace("\u0000", "");
    }

    private static String previewText(InboundMessage m) {
        if (m.text() != null && !m.text().isBlank()) {
            return m.text();
        }
        return m.attachments().isEmpty() ? "" : "📎 " + m.attachments().getFirst().name();
    }
}
