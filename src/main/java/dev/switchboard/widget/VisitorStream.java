package dev.switchboard.widget;

import dev.switchboard.channels.Channel;
import dev.switchboard.channels.Channels;
import dev.switchboard.chats.ChatThreads;
import dev.switchboard.live.ChangeHeard;
import dev.switchboard.messages.Messages;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The visitors' windows connected to this node. A window sends its token first; from then on
 * it gets every message of its visitor's chat as it is stored or changes, whichever node
 * stored it. A visitor who has not written yet has no chat: the window waits for the chat to
 * be made and is then told to catch up ({@code ready} again).
 */
@Component
class VisitorStream extends TextWebSocketHandler {

    static final CloseStatus UNKNOWN_VISITOR = new CloseStatus(4401, "The visitor token is not valid");
    static final java.time.Duration AUTH_DEADLINE = java.time.Duration.ofSeconds(10);
    static final CloseStatus PAUSED = new CloseStatus(4503, "The chat is paused");
    private static final Logger log = LoggerFactory.getLogger(VisitorStream.class);

    private final Map<UUID, Set<WebSocketSession>> byChat = new ConcurrentHashMap<>();
    /** Windows of visitors without a chat yet, by channel and visitor. */
    private final Map<String, Set<WebSocketSession>> waiting = new ConcurrentHashMap<>();
    /** Sockets open but not yet authenticated, with when they opened. */
    private final Map<WebSocketSession, Long> unauthenticated = new ConcurrentHashMap<>();
    private final Visitors visitors;
    private final ChatThreads threads;
    private final Messages messages;
    private final JsonMapper json;
    private final Channels channels;

    VisitorStream(Visitors visitors, ChatThreads threads, Messages messages, JsonMapper json, Channels channels) {
        this.channels = channels;
        this.visitors = visitors;
        this.threads = threads;
        this.messages = messages;
        this.json = json;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        session.getAttributes().put("safe", new ConcurrentWebSocketSessionDecorator(session, 5_000, 256 * 1024));
        unauthenticated.put(session, System.nanoTime());
    }

    /** A socket that has not said who it is within {@link #AUTH_DEADLINE} is closed: nobody holds one open for free. */
    @Scheduled(fixedDelay = 5_000)
    void closeSilent() {
        long now = System.nanoTime();
        unauthenticated.forEach((session, opened) -> {
            if (session.getAttributes().containsKey("visitor")) {
                unauthenticated.remove(session);
            } else if (now - opened > AUTH_DEADLINE.toNanos()) {
                unauthenticated.remove(session);
                close(session, UNKNOWN_VISITOR);
            }
        });
    }

    /**
     * Closes the windows of a widget whose secret was rotated (their tokens no longer hold: 4401,
     * and the widget starts afresh), or that was paused or removed. One read per widget with
     * windows open on this node, each sweep.
     */
    @Scheduled(fixedDelayString = "${switchboard.widget.sweep:PT30S}")
    void closeStale() {
        Map<UUID, Set<WebSocketSession>> open = new java.util.HashMap<>();
        java.util.stream.Stream.concat(byChat.values().stream(), waiting.values().stream()).flatMap(Set::stream)
                .forEach(s -> {
                    if (s.getAttributes().get("visitor") instanceof Visitor v) {
                        open.computeIfAbsent(v.channel().id(), k -> new java.util.HashSet<>()).add(s);
                    }
                });
        open.forEach((channelId, sessions) -> {
            Channel now = channels.forHook(channelId).orElse(null);
            for (WebSocketSession s : sessions) {
                Channel then = ((Visitor) s.getAttributes().get("visitor")).channel();
                if (now == null || !now.secret().equals(then.secret())) {
                    close(s, UNKNOWN_VISITOR);
                } else if (Channel.DISABLED.equals(now.status())) {
                    close(s, PAUSED);
                }
            }
        });
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage text) {
        JsonNode frame;
        try {
            frame = json.readTree(text.getPayload());
        } catch (RuntimeException e) {
            return;
        }
        if ("ping".equals(frame.path("type").asString(""))) {
            send(session, Map.of("type", "pong")); // the window knows its socket is alive; proxies keep it open
            return;
        }
        if (!"auth".equals(frame.path("type").asString("")) || session.getAttributes().containsKey("visitor")) {
            return;
        }
        Channel channel = (Channel) session.getAttributes().get("channel");
        var visitor = VisitorTokens.visitor(channel, frame.path("token").asString(null))
                .map(id -> new Visitor(channel, id, visitors.locale(channel)));
        if (visitor.isEmpty()) {
            close(session, UNKNOWN_VISITOR);
            return;
        }
        session.getAttributes().put("visitor", visitor.get());
        // waiting first, then the chat looked up: a chat made in between is found either way
        String key = key(channel.id(), visitor.get().id());
        waiting.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(session);
        visitors.chat(visitor.get()).ifPresent(chat -> {
            forget(waiting, key, session);
            follow(session, chat);
        });
        send(session, Map.of("type", "ready"));
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        unauthenticated.remove(session);
        if (session.getAttributes().get("chat") instanceof UUID chat) {
            forget(byChat, chat, session);
        }
        if (session.getAttributes().get("visitor") instanceof Visitor v) {
            forget(waiting, key(v.channel().id(), v.id()), session);
        }
    }

    @EventListener
    void on(ChangeHeard change) {
        if (change.chatId() == null) {
            return;
        }
        if ("chat".equals(change.kind()) && change.created() && !waiting.isEmpty()) {
            threads.of(change.workspaceId(), change.chatId()).ifPresent(thread -> {
                Set<WebSocketSession> found = waiting.remove(key(thread.channelId(), thread.threadKey()));
                if (found != null) {
                    found.forEach(s -> {
                        follow(s, thread.chatId());
                        send(s, Map.of("type", "ready"));
                    });
                }
            });
        } else if ("message".equals(change.kind()) && change.messageId() != null) {
            Set<WebSocketSession> open = byChat.get(change.chatId());
            if (open == null || open.isEmpty()) {
                return;
            }
            messages.find(change.workspaceId(), change.messageId())
                    .filter(m -> "in".equals(m.direction()) || ("out".equals(m.direction())
                            && !"failed".equals(m.status())))
                    .ifPresent(m -> open.forEach(s -> send(s, Map.of("type", "message",
                            "message", VisitorMessage.of((Visitor) s.getAttributes().get("visitor"), m)))));
        }
    }

    private void follow(WebSocketSession session, UUID chat) {
        session.getAttributes().put("chat", chat);
        byChat.computeIfAbsent(chat, k -> ConcurrentHashMap.newKeySet()).add(session);
        if (!session.isOpen()) {
            forget(byChat, chat, session);
        }
    }

    private static <K> void forget(Map<K, Set<WebSocketSession>> index, K key, WebSocketSession session) {
        index.computeIfPresent(key, (k, set) -> {
            set.remove(session);
            return set.isEmpty() ? null : set;
        });
    }

    private static String key(UUID channelId, String visitor) {
        return channelId + ":" + visitor;
    }

    private void send(WebSocketSession session, Object frame) {
        WebSocketSession safe = (WebSocketSession) session.getAttributes().getOrDefault("safe", session);
        try {
            if (safe.isOpen()) {
                safe.sendMessage(new TextMessage(json.writeValueAsString(frame)));
            }
        } catch (IOException | RuntimeException e) {
            // a closed or too slow window misses the frame; it catches up when it reconnects
            log.debug("Dropping a visitor frame: {}", e.toString());
        }
    }

    private static void close(WebSocketSession session, CloseStatus status) {
        try {
            session.close(status);
        } catch (IOException e) {
            // already gone
        }
    }
}
