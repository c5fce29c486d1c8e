package dev.switchboard.chats;

import dev.switchboard.accounts.CurrentUser;
import dev.switchboard.channels.Channel;
import dev.switchboard.channels.ChannelType;
import dev.switchboard.channels.Channels;
import dev.switchboard.funnel.ResponseTimes;
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
    private final ResponseTimes responseTimes;

    Replies(Chats chats, Messages messages, Attachments attachments, Outbox outbox, EventLines eventLines,
            ApplicationEventPublisher events, ChatAccess access, Channels channels, ResponseTimes responseTimes) {
        this.responseTimes = responseTimes;
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

    /**
     * The platform's reply window: when free answers stop ({@code closesAt}), whether an answer
     * goes through now, and on Meta's pages the week in which a person's answer still goes,
     * tagged {@code HUMAN_AGENT} ({@code tagged} when that is how it goes now).
     */
    record Window(@Nullable Instant closesAt, boolean open, @Nullable Instant taggedUntil, boolean tagged) {
    }

    /**
     * Where an answer goes: {@code {"type":"direct"}}, or {@code {"type":"comment","commentId":…}}
     * publicly under one of the client's comments (the latest when no id is given).
     */
    record ReplyTo(boolean publicReply, @Nullable String commentId) {

        static final ReplyTo DIRECT = new ReplyTo(false, null);

        Map<String, Object> wire() {
            return publicReply ? Map.of("type", "comment", "commentId", java.util.Objects.requireNonNull(commentId))
                    : Map.of("type", "direct");
        }

        static @Nullable ReplyTo read(@Nullable Map<String, Object> stored) {
            if (stored == null) {
                return null;
            }
            return "comment".equals(stored.get("type"))
                    ? new ReplyTo(true, stored.get("commentId") == null ? null : String.valueOf(stored.get("commentId")))
                    : DIRECT;
        }
    }

    /**
     * The reply window of a chat's default answer on a platform that has one (WhatsApp,
     * Instagram and Facebook direct messages); none for the others, none for a public answer
     * under a comment, and none for demo channels.
     */
    Optional<Window> window(UUID ws, UUID chatId) {
        return chats.route(ws, chatId).flatMap(route -> {
            Optional<Channel> channel = channels.find(ws, route.channelId());
            return "message".equals(route.sourceType()) ? window(route, channel) : Optional.empty();
        });
    }

    private Optional<Window> window(Chats.Route route, Optional<Channel> channel) {
        return channel
                .filter(c -> c.type().replyWindow() != null && !Channel.DEMO.equals(c.status()))
                .map(c -> {
                    Instant last = route.lastInbound();
                    if (last == null) {
                        return new Window(null, false, null, false);
                    }
                    Instant now = Instant.now();
                    Instant closes = last.plus(c.type().replyWindow());
                    Instant taggedUntil = c.type().taggedWindow() == null ? null : last.plus(c.type().taggedWindow());
                    boolean free = now.isBefore(closes);
                    boolean tagged = !free && taggedUntil != null && now.isBefore(taggedUntil);
                    return new Window(closes, free || tagged, taggedUntil, tagged);
                });
    }

    /** A client's comment in a comment chat: its platform id and when it was written. */
    private record Comment(String id, Instant at) {
    }

    /**
     * Resolves where an answer goes and checks the platform lets it go there now. A direct
     * chat answers in direct messages; a comment chat publicly under the asked (or latest)
     * comment, or in direct messages to the comment's author.
     */
    private OutboundMessage.Target target(UUID ws, UUID chatId, Chats.Route route, Optional<Channel> channel,
            @Nullable ReplyTo asked, boolean template) {
        if (!"comment".equals(route.sourceType())) {
            if (asked != null && asked.publicReply()) {
                throw new RuleViolation("This chat is a direct conversation: it has no comment to answer under");
            }
            if (!template && window(route, channel).filter(w -> !w.open()).isPresent()) {
                throw new RuleViolation(channel.map(Channel::type).map(ChannelType::taggedWindow).isPresent()
                        ? "The platform's reply window is closed: a page may answer within "
                        + channel.get().type().taggedWindow().toDays() + " days of the client's last message;"
                        + " the client has to write again"
                        : "The platform's reply window is closed: more than 24 hours have passed since the"
                        + " client's last message, and only a template approved on the platform can be sent now");
            }
            OutboundMessage.Target direct = OutboundMessage.Target.direct(route.lastInbound());
            if (route.threadKey().startsWith("mail:")) {
                // an e-mail answer continues the client's thread: its first message, their last one, the subject
                String last = messages.inbound(ws, chatId, "<").stream().findFirst()
                        .map(Messages.Inbound::externalId).orElse(null);
                return direct.inMailThread(new OutboundMessage.MailThread(route.threadKey().substring(5), last,
                        route.subject()));
            }
            return direct;
        }
        if (template) {
            throw new RuleViolation("Platform templates are sent in direct chats only");
        }
        List<Comment> comments = messages.inbound(ws, chatId, "comment:").stream()
                .map(m -> new Comment(m.externalId().substring("comment:".length()), m.at())).toList();
        if (comments.isEmpty()) {
            throw new RuleViolation("This chat has no comment of the client's to answer");
        }
        int split = route.threadKey().lastIndexOf(':');
        String post = route.threadKey().substring("post:".length(), split);
        String client = route.threadKey().substring(split + 1);
        if (asked == null || asked.publicReply()) {
            String wanted = asked == null || asked.commentId() == null ? comments.getFirst().id() : asked.commentId();
            Comment comment = comments.stream().filter(c -> c.id().equals(wanted)).findFirst()
                    .orElseThrow(() -> new RuleViolation("The comment " + wanted + " is not the client's in this chat"));
            return new OutboundMessage.Target(true, comment.id(), client, post, comment.at());
        }
        Comment latest = comments.getFirst();
        java.time.Duration limit = channel.map(c -> c.type().privateReplyWindow()).orElse(null);
        if (limit != null && !channel.map(c -> Channel.DEMO.equals(c.status())).orElse(false)
                && !Instant.now().isBefore(latest.at().plus(limit))) {
            throw new RuleViolation("A direct answer to a comment can be sent within " + limit.toDays()
                    + " days of the comment; answer publicly under it instead");
        }
        return new OutboundMessage.Target(false, latest.id(), client, post, latest.at());
    }

    @Transactional
    MessageView send(CurrentUser by, UUID chatId, @Nullable String text, List<UUID> attachmentIds,
            @Nullable String idempotencyKey) {
        return send(by, chatId, text, attachmentIds, idempotencyKey, null, null);
    }

    /**
     * An answer: a text and files, or a template approved on the platform — the only kind
     * WhatsApp delivers after its 24-hour window. A template's message reads as its name and
     * values unless a text (the template filled in, as the composer shows it) is given.
     */
    @Transactional
    MessageView send(CurrentUser by, UUID chatId, @Nullable String text, List<UUID> attachmentIds,
            @Nullable String idempotencyKey, @Nullable PlatformTemplate template, @Nullable ReplyTo replyTo) {
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
        if (channel.filter(c -> Channel.DISABLED.equals(c.status())).isPresent()) {
            throw new RuleViolation("The channel " + channel.get().name() + " is disabled; an admin can enable it in"
                    + " Settings → Channels");
        }
        if (template != null) {
            if (channel.filter(c -> c.type().hasPlatformTemplates()).isEmpty()) {
                throw new RuleViolation("Platform templates are sent on WhatsApp only");
            }
            if (!attachmentIds.isEmpty()) {
                throw new BadRequest("attachmentIds", "A platform template is sent without files");
            }
            if (text == null || text.isBlank()) {
                text = "📋 " + template.name() + (template.params().isEmpty() ? "" : ": " + String.join(", ", template.params()));
            }
        }
        OutboundMessage.Target target = target(ws, chatId, route, channel, replyTo, template != null);
        if (target.publicReply() && !attachmentIds.isEmpty()) {
            throw new RuleViolation("Files go in direct messages only: answer under the comment with a text,"
                    + " or send the files in direct messages");
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
                "queued", null, null, wire(target), idempotencyKey, now)).orElseThrow();
        List<Attachments.Stored> files = attachments.claim(ws, messageId, by.id(), attachmentIds);
        if (files.size() != attachmentIds.size()) {
            throw new RuleViolation("Some attachments are unknown or were already sent; upload them again");
        }
        chats.save(ws, moved.state());
        if (before.awaitingReplySince() != null && moved.state().lastResponseSeconds() != null) {
            responseTimes.record(ws, chatId, route.channelId(), by.id(), moved.state().lastResponseSeconds(), now);
        }
        chats.lastMessage(ws, chatId, messageId, "out",
                body == null || body.isEmpty() ? "📎 " + files.getFirst().name() : body, now);
        if (template != null) {
            messages.setPlatformTemplate(ws, messageId, Map.of("name", template.name(), "language",
                    template.language(), "params", template.params()));
        }
        outbox.enqueue(new OutboundMessage(ws, route.channelId(), messageId, route.recipient(), body,
                files.stream().map(f -> new OutboundMessage.OutboundAttachment(f.name(), f.contentType(),
                        f.size() == null ? 0 : f.size(), f.storageKey())).toList(), template, target));
        events.publishEvent(new MessageRecorded(ws, chatId, messageId, true));
        events.publishEvent(new ChatChanged(ws, chatId, false));
        return messages.find(ws, messageId).orElseThrow();
    }

    /** How an answer's place is kept with it: {@code null} for a direct chat's answer, as before. */
    private static @Nullable Map<String, Object> wire(OutboundMessage.Target target) {
        if (!target.inCommentThread()) {
            return null;
        }
        return target.publicReply() ? new ReplyTo(true, target.commentId()).wire() : ReplyTo.DIRECT.wire();
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
        Optional<Channel> channel = channels.find(ws, route.channelId());
        // the same place as the first time; the platform's window is checked again
        OutboundMessage.Target target = target(ws, chatId, route, channel, ReplyTo.read(message.replyTo()),
                messages.platformTemplate(ws, messageId).isPresent());
        if (!messages.requeue(ws, messageId)) {
            throw new RuleViolation("The message is already being sent again");
        }
        outbox.enqueueRetry(new OutboundMessage(ws, route.channelId(), messageId, route.recipient(), message.text(),
                attachments.ofMessage(ws, messageId).stream()
                        .map(f -> new OutboundMessage.OutboundAttachment(f.name(), f.contentType(),
                                f.size() == null ? 0 : f.size(), f.storageKey())).toList(),
                messages.platformTemplate(ws, messageId).map(Replies::template).orElse(null), target));
        events.publishEvent(new MessageRecorded(ws, chatId, messageId, false));
        return messages.find(ws, messageId).orElseThrow();
    }
}
