package dev.switchboard.chats;

import dev.switchboard.accounts.CurrentUser;
import dev.switchboard.channels.Channel;
import dev.switchboard.channels.ChannelType;
import dev.switchboard.channels.Channels;
import dev.switchboard.channels.OutboundMessage;
import dev.switchboard.channels.Outbox;
import dev.switchboard.channels.PlatformTemplate;
import dev.switchboard.common.BadRequest;
import dev.switchboard.common.NotFound;
import dev.switchboard.common.RuleViolation;
import dev.switchboard.messages.Attachments;
import dev.switchboard.messages.MessageRecorded;
import dev.switchboard.messages.MessageView;
import dev.switchboard.messages.Messages;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An operator's answers and notes. An answer is recorded and queued for its platform in
 * one transaction; a note is only recorded — it never leaves Switchboard.
 */
@Service
class Replies {

    static final int TEXT_LIMIT = 4096;

    private final Chats chats;
    private final Messages messages;
    private final Attachments attachments;
    private final Outbox outbox;
    private final EventLines eventLines;
    private final ApplicationEventPublisher events;
    private final ChatAccess access;
    private final Channels channels;

    Replies(Chats chats, Messages messages, Attachments attachments, Outbox outbox, EventLines eventLines,
            ApplicationEventPublisher events, ChatAccess access, Channels channels) {
        this.channels = channels;
        this.access = access;
        this.chats = chats;
        this.messages = messages;
        this.attachments = attachments;
        this.outbox = outbox;
        this.eventLines = eventLines;
        this.events = events;
    }

    @SuppressWarnings("unchecked")
    private static PlatformTemplate template(Map<String, Object> stored) {
        return new PlatformTemplate(String.valueOf(stored.get("name")), String.valueOf(stored.get("language")),
                ((List<Object>) stored.getOrDefault("params", List.of())).stream().map(String::valueOf).toList());
    }

    /** The platform's reply window: when it closes, and whether it is open now. */
    record Window(@Nullable Instant closesAt, boolean open) {
    }

    /**
     * The reply window of a chat on a platform that has one (WhatsApp, Instagram and Facebook
     * direct messages: 24 hours after the client's last message); none for the others, none
     * for a public answer under a comment, and none for demo channels.
     */
    Optional<Window> window(UUID ws, UUID chatId) {
        return chats.route(ws, chatId).flatMap(route -> window(ws, chatId, route, channels.find(ws, route.channelId())));
    }

    private Optional<Window> window(UUID ws, UUID chatId, Chats.Route route, Optional<Channel> channel) {
        return channel
                .filter(c -> "message".equals(route.sourceType()))
                .filter(c -> c.type().replyWindow() != null && !Channel.DEMO.equals(c.status()))
                .map(c -> {
                    Instant closes = chats.lastInbound(ws, chatId).map(at -> at.plus(c.type().replyWindow())).orElse(null);
                    return new Window(closes, closes != null && Instant.now().isBefore(closes));
                });
    }

    @Transactional
    MessageView send(CurrentUser by, UUID chatId, @Nullable String text, List<UUID> attachmentIds,
            @Nullable String idempotencyKey) {
        return send(by, chatId, text, attachmentIds, idempotencyKey, null);
    }

    /**
     * An answer: a text and files, or a template approved on the platform — the only kind
     * WhatsApp delivers after its 24-hour window. A template's message reads as its name and
     * values unless a text (the template filled in, as the composer shows it) is given.
     */
    @Transactional
    MessageView send(CurrentUser by, UUID chatId, @Nullable String text, List<UUID> attachmentIds,
            @Nullable String idempotencyKey, @Nullable PlatformTemplate template) {
        UUID ws = by.workspaceId();
        ChatState before = chats.lock(ws, chatId).orElseThrow(() -> new NotFound("Chat not found"));
        if (idempotencyKey != null) {
            Optional<UUID> earlier = messages.byIdempotencyKey(ws, chatId, by.id(), idempotencyKey);
            if (earlier.isPresent()) {
                return messages.find(ws, earlier.get()).orElseThrow();
            }
        }
        Chats.Route route = chats.route(ws, chatId).orElseThrow();
        Optional<Channel> channel = channels.find(ws, route.channelId());
        if (template != null) {
            if (channel.filter(c -> c.type() == ChannelType.whatsapp).isEmpty()) {
                throw new RuleViolation("Platform templates are sent on WhatsApp only");
            }
            if (!attachmentIds.isEmpty()) {
                throw new BadRequest("attachmentIds", "A platform template is sent without files");
            }
            if (text == null || text.isBlank()) {
                text = "📋 " + template.name() + (template.params().isEmpty() ? "" : ": " + String.join(", ", template.params()));
            }
        } else if (window(ws, chatId, route, channel).filter(w -> !w.open()).isPresent()) {
            throw new RuleViolation("The platform's reply window is closed: more than 24 hours have passed since the"
                    + " client's last message, and only a template approved on the platform can be sent now");
        }
        String body = text == null ? null : text.strip();
        if ((body == null || body.isEmpty()) && attachmentIds.isEmpty()) {
            throw new BadRequest("text", "Write a text or attach a file");
        }
        if (body != null && body.length() > TEXT_LIMIT) {
            throw new BadRequest("text", "The text is longer than " + TEXT_LIMIT + " characters");
        }
        Instant now = Instant.now();
        ChatState.Moved moved = before.reply(by.id(), now);
        eventLines.write(ws, chatId, route.channelId(), moved.events(), new EventLines.Actor(by.id(), by.name()), "");
        UUID messageId = messages.record(ws, new Messages.Draft(chatId, route.channelId(), "out", body, by.id(),
                "queued", null, null, null, idempotencyKey, now)).orElseThrow();
        List<Attachments.Stored> files = attachments.claim(ws, messageId, by.id(), attachmentIds);
        if (files.size() != attachmentIds.size()) {
            throw new RuleViolation("Some attachments are unknown or were already sent; upload them again");
        }
        chats.save(ws, moved.state());
        chats.lastMessage(ws, chatId, messageId, "out",
                body == null || body.isEmpty() ? "📎 " + files.getFirst().name() : body, now);
        if (template != null) {
            messages.setPlatformTemplate(ws, messageId, Map.of("name", template.name(), "language",
                    template.language(), "params", template.params()));
        }
        outbox.enqueue(new OutboundMessage(ws, route.channelId(), messageId, route.recipient(), body,
                files.stream().map(f -> new OutboundMessage.OutboundAttachment(f.name(), f.contentType(),
                        f.size() == null ? 0 : f.size(), f.storageKey())).toList(), template));
        events.publishEvent(new MessageRecorded(ws, chatId, messageId, true));
        events.publishEvent(new ChatChanged(ws, chatId, false));
        return messages.find(ws, messageId).orElseThrow();
    }

    @Transactional
    MessageView note(CurrentUser by, UUID chatId, String text) {
        UUID ws = by.workspaceId();
        Chats.Route route = chats.route(ws, chatId).orElseThrow(() -> new NotFound("Chat not found"));
        String body = text.strip();
        if (body.isEmpty()) {
            throw new BadRequest("text", "A note needs a text");
        }
        if (body.length() > 20_000) {
            throw new BadRequest("text", "The note is longer than 20000 characters");
        }
        UUID id = messages.record(ws, new Messages.Draft(chatId, route.channelId(), "note", body, by.id(), null, null,
                null, null, null, null)).orElseThrow();
        events.publishEvent(new MessageRecorded(ws, chatId, id, true));
        return messages.find(ws, id).orElseThrow();
    }

    @Transactional
    MessageView retry(CurrentUser by, UUID messageId) {
        UUID ws = by.workspaceId();
        MessageView message = messages.find(ws, messageId)
                .filter(m -> access.sees(by, UUID.fromString(m.chatId())))
                .orElseThrow(() -> new NotFound("Message not found"));
        if (!"out".equals(message.direction()) || !"failed".equals(message.status())) {
            throw new RuleViolation("Only a failed outbound message can be sent again");
        }
        UUID chatId = UUID.fromString(message.chatId());
        Chats.Route route = chats.route(ws, chatId).orElseThrow();
        if (!messages.requeue(ws, messageId)) {
            throw new RuleViolation("The message is already being sent again");
        }
        outbox.enqueueRetry(new OutboundMessage(ws, route.channelId(), messageId, route.recipient(), message.text(),
                attachments.ofMessage(ws, messageId).stream()
                        .map(f -> new OutboundMessage.OutboundAttachment(f.name(), f.contentType(),
                                f.size() == null ? 0 : f.size(), f.storageKey())).toList(),
                messages.platformTemplate(ws, messageId).map(Replies::template).orElse(null)));
        events.publishEvent(new MessageRecorded(ws, chatId, messageId, false));
        return messages.find(ws, messageId).orElseThrow();
    }
}
