package dev.switchboard.widget;

import dev.switchboard.accounts.Workspaces;
import dev.switchboard.channels.Channel;
import dev.switchboard.channels.ChannelType;
import dev.switchboard.channels.Channels;
import dev.switchboard.channels.InboundMessage;
import dev.switchboard.channels.InboundMessageReceived;
import dev.switchboard.chats.ChatChanged;
import dev.switchboard.chats.ChatThreads;
import dev.switchboard.clients.ClientProfile;
import dev.switchboard.clients.Clients;
import dev.switchboard.clients.Phones;
import dev.switchboard.common.NotFound;
import dev.switchboard.common.RuleViolation;
import dev.switchboard.messages.Dialogs;
import dev.switchboard.messages.MessageRecorded;
import dev.switchboard.messages.Messages;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a widget's visitor does: writes (as a client of the channel, through the same inbox as
 * every platform's messages), reads their dialog back, leaves a name and phone, and says what
 * they have seen.
 */
@Component
class Visitors {

    static final int PAGE = 50;

    private final Channels channels;
    private final ChatThreads threads;
    private final Dialogs dialogs;
    private final Messages messages;
    private final Clients clients;
    private final Workspaces workspaces;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    Visitors(Channels channels, ChatThreads threads, Dialogs dialogs, Messages messages, Clients clients,
            Workspaces workspaces, ApplicationEventPublisher events, TransactionTemplate transaction) {
        this.channels = channels;
        this.threads = threads;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clients = clients;
        this.workspaces = workspaces;
        this.events = events;
        this.transaction = transaction;
    }

    /** The widget a call names: a live widget channel, or 404; a paused one answers 503. */
    Channel widget(UUID channelId) {
        Channel channel = channels.forHook(channelId).filter(c -> c.type() == ChannelType.widget)
                .orElseThrow(() -> new NotFound("No such chat widget"));
        if (Channel.DISABLED.equals(channel.status())) {
            throw new VisitorRefused(503, "The chat is paused", 300L);
        }
        return channel;
    }

    record Contact(@Nullable String name, @Nullable String phone) {
    }

    /** {@code hasOlder}: more before the first (scrolling up); {@code hasNewer}: more after the last (catching up). */
    record Dialog(List<VisitorMessage> items, boolean hasOlder, boolean hasNewer, Contact contact) {
    }

    /** The latest messages, those before one (scrolling up) or those after one (catching up). */
    Dialog dialog(Visitor v, @Nullable UUID after, @Nullable UUID before) {
        UUID ws = v.channel().workspaceId();
        Contact contact = contact(v);
        Optional<UUID> chat = chat(v);
        if (chat.isEmpty()) {
            return new Dialog(List.of(), false, false, contact);
        }
        Dialogs.Page page = after != null ? dialogs.after(ws, chat.get(), after, 200)
                : dialogs.latest(ws, chat.get(), before, PAGE);
        return new Dialog(page.items().stream().map(m -> VisitorMessage.of(v, m)).toList(),
                after == null && page.more(), after != null && page.more(), contact);
    }

    /**
     * Takes a visitor's message (a text, or one file already stored) into the inbox, once per
     * {@code clientId}: a repeat answers the message stored the first time. A first message's
     * {@code page} stays with the chat: where on the site the dialog began.
     */
    VisitorMessage write(Visitor v, UUID clientId, @Nullable String text,
            List<InboundMessage.InboundAttachment> files, @Nullable Map<String, Object> page) {
        Channel channel = v.channel();
        String externalId = v.id() + ":" + clientId;
        Optional<UUID> known = dialogs.inbound(channel.workspaceId(), channel.id(), externalId);
        if (known.isEmpty()) {
            Contact contact = contact(v);
            requireContacts(v, contact);
            String name = contact.name();
            InboundMessage m = new InboundMessage(externalId, v.threadKey(), v.id(),
                    new InboundMessage.Sender(v.id(), name != null ? name : v.placeholderName(), null, null, null, null),
                    text, files, Instant.now(), false, "message", page);
            transaction.executeWithoutResult(tx -> events.publishEvent(new InboundMessageReceived(channel, m)));
            channels.heard(channel.id());
            known = dialogs.inbound(channel.workspaceId(), channel.id(), externalId);
        }
        return known.flatMap(id -> messages.find(channel.workspaceId(), id)).map(m -> VisitorMessage.of(v, m))
                .orElseThrow(() -> new IllegalStateException("A visitor's message was not stored"));
    }

    /** The name and phone the visitor left: on their client card, or a new card if they have not written yet. */
    Contact leaveContacts(Visitor v, @Nullable String name, @Nullable String phone) {
        UUID ws = v.channel().workspaceId();
        transaction.executeWithoutResult(tx -> {
            Optional<UUID> client = clients.onChannel(ws, v.channel().id(), v.id(), null);
            if (client.isPresent()) {
                clients.leaveContacts(ws, client.get(), name, phone);
            } else {
                clients.identify(ws, v.channel().id(), new ClientProfile(v.id(), name != null ? name : v.placeholderName(),
                        null, phone, null, null), workspaces.get(ws).country());
            }
            chat(v).ifPresent(chat -> events.publishEvent(new ChatChanged(ws, chat, false)));
        });
        return contact(v);
    }

    /** The visitor has seen the operators' messages up to this one: they turn read in the inbox. */
    void read(Visitor v, UUID upTo) {
        UUID ws = v.channel().workspaceId();
        chat(v).ifPresent(chat -> transaction.executeWithoutResult(tx -> dialogs.readUpTo(ws, chat, upTo)
                .forEach(id -> events.publishEvent(new MessageRecorded(ws, chat, id, false)))));
    }

    Optional<UUID> chat(Visitor v) {
        return threads.chat(v.channel().workspaceId(), v.channel().id(), v.threadKey());
    }

    Contact contact(Visitor v) {
        UUID ws = v.channel().workspaceId();
        return clients.onChannel(ws, v.channel().id(), v.id(), null).flatMap(id -> clients.find(ws, id))
                .map(c -> new Contact(v.isPlaceholder(c.name()) ? null : c.name(), c.phone()))
                .orElse(new Contact(null, null));
    }

    /** Whether the phone typed reads as a phone of the workspace's country (or with a code). */
    Optional<String> phone(Visitor v, String typed) {
        return Phones.normalise(typed, workspaces.get(v.channel().workspaceId()).country());
    }

    /** Refuses a message when the greeting asks for a name or phone the visitor has not left. */
    private static void requireContacts(Visitor v, Contact contact) {
        WidgetSettings settings = WidgetSettings.of(v.channel());
        if ((settings.askName() && contact.name() == null) || (settings.askPhone() && contact.phone() == null)) {
            throw new RuleViolation(settings.askName() && settings.askPhone()
                    ? v.say("Leave your name and phone first, please", "Сначала оставьте, пожалуйста, имя и телефон")
                    : settings.askName() ? v.say("Leave your name first, please", "Сначала представьтесь, пожалуйста")
                    : v.say("Leave your phone first, please", "Сначала оставьте, пожалуйста, телефон"));
        }
    }

    /** The workspace's language, which the widget speaks unless the site asks for another. */
    String locale(Channel channel) {
        return workspaces.get(channel.workspaceId()).locale();
    }
}
