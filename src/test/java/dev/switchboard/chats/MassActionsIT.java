package dev.switchboard.chats;

import dev.switchboard.support.ChatBookTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.channels.ChannelType;
import dev.switchboard.support.Api;
import dev.switchboard.support.ChatBook;
import dev.switchboard.support.LiveClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class MassActionsIT extends ChatBookTest {

    @Test
    void byFilterTouchesExactlyTheMatchingChatsAndNothingInAnotherWorkspace() {
        ChatBook shop = book();
        shop.channel("bot", ChannelType.telegram);
        String vip = shop.tag("vip");
        String a = shop.inbound("bot", "1", "Alice", null, null, "hi");
        String b = shop.inbound("bot", "2", "Bob", null, null, "hi");
        String c = shop.inbound("bot", "3", "Carol", null, null, "hi");
        shop.ok(shop.api().post("/api/v1/chats/bulk", Map.of("ids", List.of(a, b), "action", "addTags",
                "tagIds", List.of(vip))));
        ChatBook other = book();
        other.channel("bot", ChannelType.telegram);
        String theirs = other.inbound("bot", "1", "Alice", null, null, "hi");

        Api.Response archived = shop.api().post("/api/v1/chats/bulk", Map.of("filter",
                Map.of("category", "new", "tag", List.of(vip)), "action", "archive"));
        assertThat(archived.json().at("/updated").asInt()).isEqualTo(2);
        assertThat(shop.ids("category=archive")).containsExactlyInAnyOrder(a, b);
        assertThat(shop.ids("category=new")).containsExactly(c);
        assertThat(lastEvent(shop, a)).isEqualTo("Olga Owner archived the chat");

        Api.Response everything = shop.api().post("/api/v1/chats/bulk", Map.of("filter", Map.of(), "action",
                "markRead"));
        assertThat(everything.json().at("/updated").asInt()).isEqualTo(3);
        Api.Response foreign = shop.api().post("/api/v1/chats/bulk", Map.of("ids", List.of(theirs), "action",
                "archive"));
        assertThat(foreign.json().at("/updated").asInt()).isZero();
        assertThat(other.ids("category=new")).containsExactly(theirs);
        assertThat(other.api().get("/api/v1/chats/" + theirs).json().at("/unreadCount").asInt()).isEqualTo(1);
    }

    @Test
    void everyActionDoesWhatItSaysAndStageMovesFollowTheCategoryRules() {
        ChatBook shop = book();
        shop.channel("bot", ChannelType.telegram);
        String operator = shop.user("Oleg");
        String vip = shop.tag("vip");
        String wholesale = shop.tag("wholesale");
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            ids.add(shop.inbound("bot", "c" + i, "Client " + i, null, null, "hello"));
        }
        assertThat(bulk(shop, ids, Map.of("action", "accept"))).isEqualTo(3);
        assertThat(shop.ids("category=accepted&responsible=" + shop.api().get("/api/v1/me").text("/user/id")))
                .hasSize(3);
        assertThat(bulk(shop, ids, Map.of("action", "assign", "userId", operator))).isEqualTo(3);
        assertThat(shop.ids("category=accepted&responsible=" + operator)).hasSize(3);
        assertThat(lastEvent(shop, ids.getFirst())).isEqualTo("Olga Owner made Oleg responsible");
        assertThat(bulk(shop, ids, Map.of("action", "markRead"))).isEqualTo(3);
        assertThat(shop.ids("category=accepted&state=unread")).isEmpty();
        assertThat(bulk(shop, ids.subList(0, 1), Map.of("action", "markUnread"))).isEqualTo(1);
        assertThat(shop.ids("category=accepted&state=unread")).containsExactly(ids.getFirst());
        assertThat(bulk(shop, ids, Map.of("action", "addTags", "tagIds", List.of(vip, wholesale)))).isEqualTo(3);
        assertThat(bulk(shop, ids, Map.of("action", "addTags", "tagIds", List.of(vip)))).isZero();
        assertThat(bulk(shop, ids.subList(0, 2), Map.of("action", "removeTags", "tagIds", List.of(vip)))).isEqualTo(2);
        assertThat(shop.ids("category=accepted&tag=" + vip)).containsExactly(ids.get(2));
        assertThat(shop.ids("category=accepted&tag=" + wholesale)).hasSize(3);

        assertThat(bulk(shop, ids, Map.of("action", "setStage", "stageId", shop.stage("Won")))).isEqualTo(3);
        assertThat(shop.ids("category=archive")).hasSize(3);
        assertThat(lastEvent(shop, ids.getFirst())).isEqualTo("Olga Owner archived the chat");
        assertThat(bulk(shop, ids.subList(0, 1), Map.of("action", "assign", "userId", (Object) "none")))
                .isEqualTo(-422);
        assertThat(bulk(shop, ids, Map.of("action", "setStage", "stageId", shop.stage("Negotiation")))).isEqualTo(3);
        assertThat(shop.ids("category=accepted")).hasSize(3);
        assertThat(shop.api().get("/api/v1/chats/" + ids.getFirst()).text("/stage/name")).isEqualTo("Negotiation");
    }

    @Test
    void aTagFilterFollowsTagsTabsAndActivityInListOrder() {
        ChatBook shop = book();
        shop.channel("bot", ChannelType.telegram);
        String vip = shop.tag("vip");
        String spam = shop.tag("spam");
        List<String> c = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            c.add(shop.inbound("bot", "t" + i, "Client " + i, null, null, "hello"));
        }
        assertThat(bulk(shop, c.subList(0, 4), Map.of("action", "addTags", "tagIds", List.of(vip)))).isEqualTo(4);
        assertThat(bulk(shop, List.of(c.get(2), c.get(4)), Map.of("action", "addTags", "tagIds", List.of(spam))))
                .isEqualTo(2);
        assertThat(bulk(shop, List.of(c.get(3)), Map.of("action", "removeTags", "tagIds", List.of(vip)))).isEqualTo(1);
        assertThat(bulk(shop, List.of(c.get(1)), Map.of("action", "archive"))).isEqualTo(1);
        assertThat(bulk(shop, List.of(c.get(2)), Map.of("action", "markRead"))).isEqualTo(1);
        shop.inbound("bot", "t1", "Client 1", null, null, "one more thing");

        // newest first: chat 1 (its new message), then 5, 4, 3
        assertThat(shop.ids("category=new")).containsExactly(c.get(0), c.get(4), c.get(3), c.get(2));
        assertThat(shop.ids("category=new&tag=" + vip)).containsExactly(c.get(0), c.get(2));
        assertThat(shop.ids("category=new&tag=" + vip + "&tag=" + spam)).containsExactly(c.get(0), c.get(4), c.get(2));
        assertThat(shop.ids("category=new&tag=" + vip + "&tag=" + spam + "&sort=lastActivity"))
                .containsExactly(c.get(2), c.get(4), c.get(0));
        assertThat(shop.ids("category=new&tag=" + vip + "&state=unread")).containsExactly(c.get(0));
        assertThat(shop.ids("category=archive&tag=" + vip)).containsExactly(c.get(1));

        JsonNode counts = shop.api().get("/api/v1/chats/counts?tag=" + vip).json();
        assertThat(List.of(counts.at("/new").asInt(), counts.at("/accepted").asInt(), counts.at("/archive").asInt(),
                counts.at("/unread").asInt())).containsExactly(2, 0, 1, 1);
        JsonNode unread = shop.api().get("/api/v1/chats/counts?tag=" + spam + "&state=unread").json();
        assertThat(List.of(unread.at("/new").asInt(), unread.at("/unread").asInt())).containsExactly(1, 1);
        JsonNode tags = shop.api().get("/api/v1/tags?counts=true").json().at("/items");
        assertThat(List.of(tags.get(0).at("/name").asString(), tags.get(0).at("/chats").asInt(),
                tags.get(1).at("/name").asString(), tags.get(1).at("/chats").asInt()))
                .containsExactly("spam", 2, "vip", 3);

        assertThat(shop.api().delete("/api/v1/tags/" + spam).status()).isEqualTo(204);
        assertThat(shop.ids("category=new&tag=" + vip + "&tag=" + spam)).containsExactly(c.get(0), c.get(2));
        assertThat(shop.api().get("/api/v1/tags?counts=true").json().at("/items/0/chats").asInt()).isEqualTo(3);
    }

    @Test
    void aMassActionSendsOneLiveUpdateNotOnePerChat() throws Exception {
        ChatBook shop = book();
        shop.channel("bot", ChannelType.telegram);
        for (int i = 1; i <= 30; i++) {
            shop.inbound("bot", "c" + i, "Client " + i, null, null, "hello");
        }
        String token = shop.api().post("/api/v1/tokens", Map.of("name", "live")).text("/token");
        try (LiveClient live = new LiveClient(port, token)) {
            await().atMost(Duration.ofSeconds(5)).until(() -> !live.frames("hello").isEmpty());
            Api.Response r = shop.api().post("/api/v1/chats/bulk", Map.of("filter", Map.of("category", "new"),
                    "action", "accept"));
            assertThat(r.json().at("/updated").asInt()).isEqualTo(30);
            await().atMost(Duration.ofSeconds(5)).until(() -> live.frames("chats.changed").size() == 1);
            Thread.sleep(300);
            assertThat(live.frames("chats.changed")).hasSize(1);
            assertThat(live.frames("chat.updated")).isEmpty();
            assertThat(live.frames("message.created")).isEmpty();
            assertThat(live.frames("counts.updated")).hasSize(1);
        }
        JsonNode counts = shop.api().get("/api/v1/chats/counts").json();
        assertThat(counts.at("/accepted").asInt()).isEqualTo(30);
        assertThat(counts.at("/new").asInt()).isZero();
    }

    @Test
    void badMassActionsAreRefusedAndChangeNothing() {
        ChatBook shop = book();
        shop.channel("bot", ChannelType.telegram);
        String chat = shop.inbound("bot", "1", "Alice", null, null, "hi");
        Api api = shop.api();
        assertThat(api.post("/api/v1/chats/bulk", Map.of("ids", List.of(chat))).status()).isEqualTo(400);
        assertThat(api.post("/api/v1/chats/bulk", Map.of("ids", List.of(chat), "action", "explode")).status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/chats/bulk", Map.of("ids", List.of(chat), "filter", Map.of(), "action",
                "archive")).status()).isEqualTo(400);
        assertThat(api.post("/api/v1/chats/bulk", Map.of("ids", List.of(chat), "action", "setStage")).status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/chats/bulk", Map.of("ids", List.of(chat), "action", "setStage", "stageId",
                "01900000-0000-7000-8000-000000000000")).status()).isEqualTo(422);
        assertThat(api.post("/api/v1/chats/bulk", Map.of("ids", List.of(chat), "action", "addTags", "tagIds",
                List.of("01900000-0000-7000-8000-000000000000"))).status()).isEqualTo(422);
        assertThat(api.post("/api/v1/chats/bulk", Map.of("filter", Map.of("state", "happy"), "action", "archive"))
                .json().at("/errors/0/field").asString()).isEqualTo("state");
        assertThat(shop.ids("category=new")).containsExactly(chat);
        assertThat(api.get("/api/v1/chats/" + chat).json().at("/tags").size()).isZero();
    }

    private static int bulk(ChatBook book, List<String> ids, Map<String, Object> action) {
        Map<String, Object> body = new java.util.HashMap<>(action);
        body.put("ids", ids);
        Api.Response r = book.api().post("/api/v1/chats/bulk", body);
        return r.status() == 200 ? r.json().at("/updated").asInt() : -r.status();
    }

    static String lastEvent(ChatBook book, String chat) {
        JsonNode items = book.api().get("/api/v1/chats/" + chat + "/messages?limit=200").json().at("/items");
        String last = null;
        for (JsonNode m : items) {
            if (m.at("/direction").asString().equals("event")) {
                last = m.at("/text").asString();
            }
        }
        return last;
    }
}
