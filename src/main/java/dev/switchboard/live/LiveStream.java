package dev.switchboard.live;

import dev.switchboard.accounts.CurrentUser;
import dev.switchboard.accounts.Presence;
import dev.switchboard.accounts.Visibilities;
import dev.switchboard.accounts.Visibility;
import dev.switchboard.chats.ChatList;
import dev.switchboard.chats.ChatRow;
import dev.switchboard.messages.Messages;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The browsers connected to this node, by workspace. A notification is turned into frames
 * once (the chat's row, the message) and sent to every open session of that workspace
 * whose user may see that chat.
 */
@Component
class LiveStream extends TextWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(LiveStream.class);

    private final Map<UUID, Set<WebSocketSession>> sessions = new ConcurrentHashMap<>();
    private final ChatList chats;
    private final Messages messages;
    private final JsonMapper json;
    private final Visibilities visibilities;
    private final Presence presence;

    LiveStream(ChatList chats, Messages messages, JsonMapper json, Visibilities visibilities, Presence presence) {
        this.presence = presence;
        this.visibilities = visibilities;
        this.chats = chats;
        this.messages = messages;
        this.json = json;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        CurrentUser user = user(session);
        if (user == null) {
            close(session, CloseStatus.POLICY_VIOLATION);
            return;
        }
        WebSocketSession safe = new ConcurrentWebSocketSessionDecorator(session, 5_000, 1 << 20);
        session.getAttributes().put("safe", safe);
        session.getAttributes().put("user", user);
        sessions.computeIfAbsent(user.workspaceId(), k -> ConcurrentHashMap.newKeySet()).add(safe);
        presence.online(user.workspaceId(), user.id());
        send(safe, Map.of("type", "hello", "userId", user.id().toString()));
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        CurrentUser user = user(session);
        Object safe = session.getAttributes().get("safe");
        if (user != null && safe != null) {
            Set<WebSocketSession> open = sessions.get(user.workspaceId());
            if (open != null) {
                open.remove(safe);
                boolean stillHere = open.stream().anyMatch(other -> user.id().equals(userOf(other)));
                if (!stillHere) {
                    presence.offline(user.workspaceId(), user.id());
                }
            }
        }
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        // the stream is one-way; a client's "ping" keeps proxies from closing it
    }

    void publish(LiveNotices.Notice notice) {
        UUID ws = UUID.fromString(notice.workspaceId());
        if ("access".equals(notice.kind())) {
            visibilities.forget(ws);
            return;
        }
        Set<WebSocketSession> open = sessions.get(ws);
        if (open == null || open.isEmpty()) {
            return;
        }
        if ("chats".equals(notice.kind())) {
            // many chats changed at once: screens reload what they show instead of taking a frame per chat
            String frame = json.writeValueAsString(Map.of("type", "chats.changed"));
            String counts = json.writeValueAsString(Map.of("type", "counts.updated"));
            open.forEach(s -> {
                send(s, frame);
                send(s, counts);
            });
            return;
        }
        UUID chatId = UUID.fromString(notice.chatId());
        if ("chat".equals(notice.kind())) {
            chats.row(ws, chatId).ifPresent(row -> {
                String frame = json.writeValueAsString(Map.of(
                        "type", notice.created() ? "chat.created" : "chat.updated", "chat", row));
                open.stream().filter(s -> sees(s, row)).forEach(s -> send(s, frame));
            });
            String counts = json.writeValueAsString(Map.of("type", "counts.updated"));
            open.forEach(s -> send(s, counts));
        } else if (notice.messageId() != null) {
            // whose screens may show the message is a question of its chat, asked only when someone sees less than all
            boolean anyRestricted = open.stream().anyMatch(s -> !visibility(s).seesAll());
            ChatRow row = anyRestricted ? chats.row(ws, chatId).orElse(null) : null;
            messages.find(ws, UUID.fromString(notice.messageId())).ifPresent(m -> {
                String frame = json.writeValueAsString(Map.of(
                        "type", notice.created() ? "message.created" : "message.updated", "message", m));
                open.stream().filter(s -> visibility(s).seesAll() || (row != null && sees(s, row)))
                        .forEach(s -> send(s, frame));
            });
        }
    }

    /** The users with a stream open on this node are still online. */
    @Scheduled(fixedDelayString = "${switchboard.presence.beat:30s}")
    void beat() {
        Set<UUID> here = new java.util.HashSet<>();
        sessions.values().forEach(open -> open.forEach(s -> {
            UUID id = userOf(s);
            if (id != null && s.isOpen()) {
                here.add(id);
            }
        }));
        presence.beat(here);
    }

    private static UUID userOf(WebSocketSession session) {
        return session.getAttributes().get("user") instanceof CurrentUser u ? u.id() : null;
    }

    /** Read from the stored role and channels: a session opened by an admin since demoted sees what they may now. */
    private Visibility visibility(WebSocketSession session) {
        CurrentUser user = (CurrentUser) session.getAttributes().get("user");
        return visibilities.of(user.workspaceId(), user.id());
    }

    private boolean sees(WebSocketSession session, ChatRow row) {
        return visibility(session).sees(UUID.fromString(row.channel().id()), row.category(),
                row.responsible() == null ? null : UUID.fromString(row.responsible().id()));
    }

    private void send(WebSocketSession session, Object frame) {
        send(session, json.writeValueAsString(frame));
    }

    private void send(WebSocketSession session, String frame) {
        try {
            if (session.isOpen()) {
                session.sendMessage(new TextMessage(frame));
            }
        } catch (IOException | RuntimeException e) {
            // a closed or too slow browser misses the frame; it reloads what it missed when it reconnects
            log.debug("Dropping a live frame: {}", e.toString());
        }
    }

    private static CurrentUser user(WebSocketSession session) {
        return session.getPrincipal() instanceof Authentication a && a.getPrincipal() instanceof CurrentUser u ? u : null;
    }

    private static void close(WebSocketSession session, CloseStatus status) {
        try {
            session.close(status);
        } catch (IOException e) {
            // already gone
        }
    }
}
