package dev.switchboard.chats;

import dev.switchboard.support.ChatBookTest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.channels.ChannelType;
import dev.switchboard.support.Api;
import dev.switchboard.support.ChatBook;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The row's fields: stage, responsible, price, custom fields, tasks, and the response time. */
class ChatFieldsIT extends ChatBookTest {

    @Test
    void stageMovesArchiveOrTakeBackIntoWork() {
        ChatBook shop = book();
        shop.channel("bot", ChannelType.telegram);
        String chat = shop.inbound("bot", "1", "Alice", null, null, "hi");
        JsonNode lost = shop.api().patch("/api/v1/chats/" + chat, Map.of("stageId", shop.stage("Lost"))).json();
        assertThat(lost.at("/category").asString()).isEqualTo("archive");
        assertThat(lost.at("/stage/group").asString()).isEqualTo("failure");
        assertThat(MassActionsIT.lastEvent(shop, chat)).isEqualTo("Olga Owner archived the chat");
        JsonNode back = shop.api().patch("/api/v1/chats/" + chat, Map.of("stageId", shop.stage("Qualified"))).json();
        assertThat(back.at("/category").asString()).isEqualTo("accepted");
        assertThat(back.at("/responsible/name").asString()).isEqualTo("Olga Owner");
        assertThat(MassActionsIT.lastEvent(shop, chat)).isEqualTo("Olga Owner accepted the chat");
    }

    @Test
    void responsiblePriceAndFieldsAreSetAndCleared() {
        ChatBook shop = book();
        shop.channel("bot", ChannelType.telegram);
        String oleg = shop.user("Oleg");
        String chat = shop.inbound("bot", "1", "Alice", null, null, "hi");
        Api api = shop.api();
        JsonNode set = api.patch("/api/v1/chats/" + chat, Map.of("responsibleId", oleg,
                "price", Map.of("amount", "1500.5", "currency", "RUB"),
                "fields", Map.of("city", "Казань", "orders", 3))).json();
        assertThat(set.at("/responsible/name").asString()).isEqualTo("Oleg");
        assertThat(set.at("/price/amount").asString()).isEqualTo("1500.50");
        assertThat(set.at("/price/currency").asString()).isEqualTo("RUB");
        assertThat(set.at("/fields/city").asString()).isEqualTo("Казань");
        JsonNode merged = api.patch("/api/v1/chats/" + chat, Map.of("fields",
                Collections.singletonMap("city", null))).json();
        assertThat(merged.at("/fields/city").isMissingNode()).isTrue();
        assertThat(merged.at("/fields/orders").asInt()).isEqualTo(3);
        java.util.Map<String, Object> clear = new java.util.HashMap<>();
        clear.put("responsibleId", null);
        clear.put("price", null);
        JsonNode cleared = api.patch("/api/v1/chats/" + chat, clear).json();
        assertThat(cleared.at("/responsible").isNull()).isTrue();
        assertThat(cleared.at("/price").isNull()).isTrue();
        assertThat(MassActionsIT.lastEvent(shop, chat)).isEqualTo("Olga Owner cleared the responsible");
    }

    @Test
    void badEditsAreRefusedAndChangeNothing() {
        ChatBook shop = book();
        shop.channel("bot", ChannelType.telegram);
        String chat = shop.inbound("bot", "1", "Alice", null, null, "hi");
        Api api = shop.api();
        assertThat(api.patch("/api/v1/chats/" + chat, Map.of("category", "archive")).status()).isEqualTo(400);
        assertThat(api.patch("/api/v1/chats/" + chat, Map.of("price", Map.of("amount", "-1", "currency", "RUB")))
                .status()).isEqualTo(400);
        assertThat(api.patch("/api/v1/chats/" + chat, Map.of("price", Map.of("amount", "10", "currency", "rubles")))
                .status()).isEqualTo(400);
        assertThat(api.patch("/api/v1/chats/" + chat, Map.of("stageId", "01900000-0000-7000-8000-000000000000"))
                .status()).isEqualTo(422);
        assertThat(api.patch("/api/v1/chats/" + chat, Map.of("responsibleId", "01900000-0000-7000-8000-000000000000"))
                .status()).isEqualTo(422);
        assertThat(api.patch("/api/v1/chats/01900000-0000-7000-8000-000000000000", Map.of("price",
                Map.of("amount", "10", "currency", "RUB"))).status()).isEqualTo(404);
        JsonNode row = api.get("/api/v1/chats/" + chat).json();
        assertThat(row.at("/category").asString()).isEqualTo("new");
        assertThat(row.at("/price").isNull()).isTrue();
    }

    @Test
    void tasksKeepTheNearestOpenOneOnTheRow() {
        ChatBook shop = book();
        shop.channel("bot", ChannelType.telegram);
        String oleg = shop.user("Oleg");
        String chat = shop.inbound("bot", "1", "Alice", null, null, "hi");
        Api api = shop.api();
        Instant soon = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Api.Response later = api.post("/api/v1/chats/" + chat + "/tasks", Map.of("text", "Send the invoice",
                "dueAt", soon.plus(1, ChronoUnit.DAYS).toString(), "assigneeId", oleg));
        assertThat(later.status()).isEqualTo(201);
        assertThat(later.json().at("/assignee/name").asString()).isEqualTo("Oleg");
        String first = api.post("/api/v1/chats/" + chat + "/tasks", Map.of("text", "Call back",
                "dueAt", soon.toString())).text("/id");
        JsonNode row = api.get("/api/v1/chats/" + chat).json();
        assertThat(row.at("/tasks/open").asInt()).isEqualTo(2);
        assertThat(row.at("/tasks/next/text").asString()).isEqualTo("Call back");
        assertThat(row.at("/tasks/next/dueAt").asString()).isEqualTo(soon.toString());

        assertThat(api.patch("/api/v1/tasks/" + first, Map.of("done", true)).json().at("/done").asBoolean()).isTrue();
        row = api.get("/api/v1/chats/" + chat).json();
        assertThat(row.at("/tasks/open").asInt()).isEqualTo(1);
        assertThat(row.at("/tasks/next/text").asString()).isEqualTo("Send the invoice");
        assertThat(api.get("/api/v1/chats/" + chat + "/tasks").json().at("/items").size()).isEqualTo(2);

        assertThat(api.delete("/api/v1/tasks/" + later.text("/id")).status()).isEqualTo(204);
        row = api.get("/api/v1/chats/" + chat).json();
        assertThat(row.at("/tasks/open").asInt()).isZero();
        assertThat(row.at("/tasks/next").isNull()).isTrue();
        assertThat(api.post("/api/v1/chats/" + chat + "/tasks", Map.of("text", "No time")).status()).isEqualTo(400);
        ChatBook other = book();
        assertThat(other.api().patch("/api/v1/tasks/" + first, Map.of("done", false)).status()).isEqualTo(404);
        assertThat(other.api().get("/api/v1/chats/" + chat + "/tasks").status()).isEqualTo(404);
    }

    @Test
    void responseTimeIsKeptExactAsMessagesComeAndGo() throws Exception {
        ChatBook shop = book();
        shop.channel("bot", ChannelType.telegram);
        String chat = shop.inbound("bot", "1", "Alice", null, null, "first question");
        JsonNode waiting = shop.api().get("/api/v1/chats/" + chat).json();
        Instant since = Instant.parse(waiting.at("/awaitingReplySince").asString());
        assertThat(waiting.at("/lastResponseSeconds").isNull()).isTrue();
        Thread.sleep(1100);
        shop.inbound("bot", "1", "Alice", null, null, "second question");
        shop.ok(shop.api().post("/api/v1/chats/" + chat + "/notes", Map.of("text", "checking stock")));
        JsonNode stillWaiting = shop.api().get("/api/v1/chats/" + chat).json();
        assertThat(Instant.parse(stillWaiting.at("/awaitingReplySince").asString())).isEqualTo(since);

        shop.ok(shop.api().post("/api/v1/chats/" + chat + "/messages", Map.of("text", "We have it")));
        JsonNode answered = shop.api().get("/api/v1/chats/" + chat).json();
        assertThat(answered.at("/awaitingReplySince").isNull()).isTrue();
        assertThat(answered.at("/lastResponseSeconds").asInt()).isBetween(1, 10);

        shop.inbound("bot", "1", "Alice", null, null, "and one more");
        JsonNode again = shop.api().get("/api/v1/chats/" + chat).json();
        assertThat(Instant.parse(again.at("/awaitingReplySince").asString())).isAfter(since);
        assertThat(again.at("/lastResponseSeconds").asInt()).isBetween(1, 10);
    }

    @Test
    void stagesAndTagsAreAdministered() {
        ChatBook shop = book();
        shop.channel("bot", ChannelType.telegram);
        String chat = shop.inbound("bot", "1", "Alice", null, null, "hi");
        Api api = shop.api();
        Api.Response added = api.post("/api/v1/stages", Map.of("name", "Demo booked", "group", "active",
                "position", 1));
        assertThat(added.status()).isEqualTo(201);
        String demo = added.text("/id");
        assertThat(names(api.get("/api/v1/stages").json()).subList(0, 3))
                .containsExactly("New lead", "Demo booked", "Qualified");
        api.patch("/api/v1/stages/" + demo, Map.of("name", "Demo done", "position", 0));
        assertThat(names(api.get("/api/v1/stages").json()).getFirst()).isEqualTo("Demo done");
        shop.ok(api.patch("/api/v1/chats/" + chat, Map.of("stageId", demo)));

        assertThat(api.delete("/api/v1/stages/" + demo).status()).isEqualTo(409);
        assertThat(api.delete("/api/v1/stages/" + demo + "?moveTo=" + shop.stage("Won")).status()).isEqualTo(204);
        JsonNode moved = api.get("/api/v1/chats/" + chat).json();
        assertThat(moved.at("/stage/name").asString()).isEqualTo("Won");
        assertThat(moved.at("/category").asString()).isEqualTo("archive");
        for (String active : List.of("New lead", "Qualified", "Negotiation")) {
            assertThat(api.delete("/api/v1/stages/" + shop.stage(active)).status()).isEqualTo(204);
        }
        assertThat(api.delete("/api/v1/stages/" + shop.stage("Invoice sent")).status()).isEqualTo(422);
        assertThat(api.post("/api/v1/stages", Map.of("name", "X", "group", "maybe")).status()).isEqualTo(400);

        String vip = shop.tag("vip");
        assertThat(api.post("/api/v1/tags", Map.of("name", "VIP")).status()).isEqualTo(409);
        assertThat(api.post("/api/v1/tags", Map.of("name", "red", "color", "red")).status()).isEqualTo(400);
        shop.ok(api.post("/api/v1/chats/" + chat + "/tags", Map.of("tagIds", List.of(vip))));
        JsonNode renamed = api.patch("/api/v1/tags/" + vip, Map.of("name", "VIP client", "color", "#22C55E")).json();
        assertThat(renamed.at("/color").asString()).isEqualTo("#22c55e");
        assertThat(api.get("/api/v1/tags?counts=true").json().at("/items/0/chats").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/chats/" + chat).text("/tags/0/name")).isEqualTo("VIP client");
        assertThat(api.delete("/api/v1/chats/" + chat + "/tags/" + vip).json().at("/tags").size()).isZero();
        shop.ok(api.post("/api/v1/chats/" + chat + "/tags", Map.of("tagIds", List.of(vip))));
        assertThat(api.delete("/api/v1/tags/" + vip).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/chats/" + chat).json().at("/tags").size()).isZero();

        Api operator = operator(shop);
        assertThat(operator.header("X-XSRF-TOKEN", operator.csrfToken()).post("/api/v1/tags", Map.of("name", "mine"))
                .status()).isEqualTo(403);
        assertThat(operator.header("X-XSRF-TOKEN", operator.csrfToken()).post("/api/v1/stages", Map.of("name", "mine"))
                .status()).isEqualTo(403);
        assertThat(operator.get("/api/v1/stages").status()).isEqualTo(200);
        assertThat(operator.get("/api/v1/tags").status()).isEqualTo(200);
    }

    /** An operator of the workspace, signed in as a browser is. */
    private Api operator(ChatBook shop) {
        String email = "op-" + java.util.UUID.randomUUID() + "@example.test";
        shop.ok(shop.api().post("/api/v1/users", Map.of("name", "Op", "email", email, "password", "correct horse",
                "role", "operator")));
        Api browser = new Api(port);
        browser.get("/api/v1/session/csrf");
        assertThat(browser.header("X-XSRF-TOKEN", browser.csrfToken()).post("/api/v1/session", Map.of("email", email, "password", "correct horse")).status())
                .isEqualTo(200);
        return browser;
    }

    private static List<String> names(JsonNode stages) {
        List<String> names = new java.util.ArrayList<>();
        stages.at("/items").forEach(s -> names.add(s.at("/name").asString()));
        return names;
    }
}
