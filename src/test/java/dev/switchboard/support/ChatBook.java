package dev.switchboard.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.channels.Channel;
import dev.switchboard.channels.ChannelType;
import dev.switchboard.channels.Channels;
import dev.switchboard.channels.InboundMessage;
import dev.switchboard.channels.InboundMessageReceived;
import dev.switchboard.common.Ids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Builds chats for a test the way they really come: channels of any type in demo status
 * (they talk to no platform), client messages through the same inbound path a connector
 * takes, and everything else through the public API.
 */
public final class ChatBook {

    private final TestWorkspace ws;
    private final Channels channels;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Map<String, Channel> byName = new HashMap<>();
    private int messages;

    public ChatBook(TestWorkspace ws, Channels channels, ApplicationEventPublisher events, TransactionTemplate transaction) {
        this.ws = ws;
        this.channels = channels;
        this.events = events;
        this.transaction = transaction;
    }

    public TestWorkspace workspace() {
        return ws;
    }

    public Api api() {
        return ws.api();
    }

    public String channel(String name, ChannelType type) {
        Channel channel = new Channel(UUID.fromString(ws.id()), Ids.next(), type, name, Channel.DEMO, Map.of(),
                "secret-" + name);
        channels.register(channel);
        byName.put(name, channel);
        return channel.id().toString();
    }

    /** A client's message on a channel; answers the chat's id. */
    public String inbound(String channel, String clientId, String name, @Nullable String username, @Nullable String phone,
            String text) {
        return inbound(channel, clientId, name, username, phone, text, "message", clientId);
    }

    public String comment(String channel, String clientId, String name, String post, String text) {
        return inbound(channel, clientId, name, null, null, text, "comment", "post:" + post + ":" + clientId);
    }

    private String inbound(String channel, String clientId, String name, @Nullable String username,
            @Nullable String phone, String text, String sourceType, String thread) {
        Channel c = byName.get(channel);
        InboundMessage m = new InboundMessage("m" + (++messages), thread, clientId,
                new InboundMessage.Sender(clientId, name, username, phone, null, null), text, List.of(), Instant.now(),
                false, sourceType);
        transaction.executeWithoutResult(s -> events.publishEvent(new InboundMessageReceived(c, m)));
        JsonNode chats = api().get("/api/v1/chats?category=new&limit=200").json().at("/items");
        for (JsonNode chat : chats) {
            if (chat.at("/client/name").asString().equals(name) && chat.at("/channel/id").asString()
                    .equals(c.id().toString())) {
                return chat.at("/id").asString();
            }
        }
        return chatOf(name);
    }

    public String chatOf(String clientName) {
        for (String category : List.of("new", "accepted", "archive")) {
            for (JsonNode chat : api().get("/api/v1/chats?limit=200&category=" + category).json().at("/items")) {
                if (chat.at("/client/name").asString().equals(clientName)) {
                    return chat.at("/id").asString();
                }
            }
        }
        throw new IllegalStateException("No chat of " + clientName);
    }

    public String user(String name) {
        Api.Response r = api().post("/api/v1/users", Map.of("name", name, "email",
                name.toLowerCase() + "-" + UUID.randomUUID() + "@example.test", "password", "correct horse",
                "role", "operator"));
        assertThat(r.status()).isEqualTo(201);
        return r.text("/id");
    }

    /** A member of the team signed in as a browser: an admin, or an operator of some channels. */
    public record Member(String id, String email, Api api) {
    }

    public Member member(String name, String role, boolean supervisor, String... channelIds) {
        String email = name.toLowerCase().replaceAll("[^a-z0-9]+", "-") + "-" + UUID.randomUUID() + "@example.test";
        Api.Response r = api().post("/api/v1/users", Map.of("name", name, "email", email, "password", "correct horse",
                "role", role, "supervisor", supervisor, "channelIds", List.of(channelIds)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return new Member(r.text("/id"), email, Api.signedIn(Integer.parseInt(api().baseUrl().replaceAll(".*:", "")),
                email, "correct horse"));
    }

    public String tag(String name) {
        Api.Response r = api().post("/api/v1/tags", Map.of("name", name, "color", "#e11d48"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.text("/id");
    }

    public String stage(String name) {
        for (JsonNode s : api().get("/api/v1/stages").json().at("/items")) {
            if (s.at("/name").asString().equals(name)) {
                return s.at("/id").asString();
            }
        }
        throw new IllegalStateException("No stage " + name);
    }

    public void ok(Api.Response r) {
        assertThat(r.status()).as(r.body()).isBetween(200, 204);
    }

    /** The ids of the chats a list query answers, every page followed. */
    public List<String> ids(String query) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            Api.Response r = api().get("/api/v1/chats?limit=2&" + query + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            r.json().at("/items").forEach(c -> ids.add(c.at("/id").asString()));
            cursor = r.json().at("/nextCursor").isNull() ? null : r.json().at("/nextCursor").asString();
        } while (cursor != null);
        return ids;
    }
}
