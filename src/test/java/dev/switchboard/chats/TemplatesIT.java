package dev.switchboard.chats;

import dev.switchboard.support.ChatBookTest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.channels.ChannelType;
import dev.switchboard.support.Api;
import dev.switchboard.support.ChatBook;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Templates: the workspace's and one's own, picked by title or shortcut, sent with the placeholders filled in. */
class TemplatesIT extends ChatBookTest {

    @Test
    void aTemplateIsSentWithTheClientsAndOperatorsNamesFilledIn() {
        ChatBook shop = book();
        String bot = shop.channel("Shop bot", ChannelType.telegram);
        ChatBook.Member oleg = shop.member("Oleg Petrov", "operator", false, bot);
        String chat = shop.inbound("Shop bot", "1", "Анна Петрова", null, "+79123456789", "Здравствуйте");
        Api.Response hello = shop.api().post("/api/v1/templates", Map.of("title", "Приветствие",
                "text", "Здравствуйте, {client.firstName}! Меня зовут {operator.firstName}, я отвечу за {workspace.name}.",
                "shortcut", "/hello"));
        assertThat(hello.status()).as(hello.body()).isEqualTo(201);
        assertThat(hello.text("/shortcut")).isEqualTo("hello");
        assertThat(hello.json().at("/personal").asBoolean()).isFalse();

        JsonNode filled = oleg.api().get("/api/v1/chats/" + chat + "/templates/" + hello.text("/id")).json();
        assertThat(filled.at("/text").asString()).startsWith("Здравствуйте, Анна! Меня зовут Oleg, я отвечу за ");

        Api.Response sent = oleg.api().post("/api/v1/chats/" + chat + "/messages",
                Map.of("templateId", hello.text("/id")));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        assertThat(sent.text("/text")).startsWith("Здравствуйте, Анна! Меня зовут Oleg");
        JsonNode history = oleg.api().get("/api/v1/chats/" + chat + "/messages").json().at("/items");
        assertThat(history.get(history.size() - 1).at("/text").asString()).isEqualTo(sent.text("/text"));

        Api.Response edited = oleg.api().post("/api/v1/chats/" + chat + "/messages",
                Map.of("templateId", hello.text("/id"), "text", "Здравствуйте, Анна! Уже смотрю."));
        assertThat(edited.text("/text")).isEqualTo("Здравствуйте, Анна! Уже смотрю.");
    }

    @Test
    void everyoneKeepsTheirOwnAndOnlyAdminsTheWorkspaces() {
        ChatBook shop = book();
        String bot = shop.channel("Shop bot", ChannelType.telegram);
        ChatBook.Member oleg = shop.member("Oleg", "operator", false, bot);
        ChatBook.Member vera = shop.member("Vera", "operator", false, bot);
        String common = shop.api().post("/api/v1/templates", Map.of("title", "Delivery", "text",
                "We deliver in 2 days", "shortcut", "delivery")).text("/id");

        assertThat(oleg.api().post("/api/v1/templates", Map.of("title", "Mine", "text", "x")).status())
                .isEqualTo(403);
        Api.Response own = oleg.api().post("/api/v1/templates", Map.of("title", "Prices", "text",
                "Our prices: …", "shortcut", "/price", "personal", true));
        assertThat(own.status()).as(own.body()).isEqualTo(201);
        String olegs = own.text("/id");

        assertThat(titles(oleg.api(), "")).containsExactly("Delivery", "Prices");
        assertThat(titles(vera.api(), "")).containsExactly("Delivery");
        assertThat(titles(oleg.api(), "q=pric")).containsExactly("Prices");
        assertThat(vera.api().get("/api/v1/templates/" + olegs).status()).isEqualTo(404);
        assertThat(vera.api().patch("/api/v1/templates/" + olegs, Map.of("title", "Hijacked")).status()).isEqualTo(404);
        assertThat(vera.api().delete("/api/v1/templates/" + olegs).status()).isEqualTo(404);
        assertThat(oleg.api().patch("/api/v1/templates/" + common, Map.of("title", "Mine now")).status())
                .isEqualTo(403);
        assertThat(oleg.api().delete("/api/v1/templates/" + common).status()).isEqualTo(403);

        assertThat(oleg.api().patch("/api/v1/templates/" + olegs, Map.of("text", "New prices", "shortcut", ""))
                .json().at("/shortcut").isNull()).isTrue();
        assertThat(shop.api().post("/api/v1/templates", Map.of("title", "Again", "text", "x", "shortcut", "DELIVERY"))
                .status()).isEqualTo(409);
        assertThat(shop.api().post("/api/v1/templates", Map.of("title", "Bad", "text", "x", "shortcut", "two words"))
                .status()).isEqualTo(400);
        assertThat(shop.api().post("/api/v1/templates", Map.of("title", "", "text", "x")).status()).isEqualTo(400);
        assertThat(oleg.api().delete("/api/v1/templates/" + olegs).status()).isEqualTo(204);
        assertThat(titles(oleg.api(), "")).containsExactly("Delivery");
    }

    @Test
    void templatesPageByTitle() {
        ChatBook shop = book();
        for (String title : List.of("Charlie", "alpha", "Bravo")) {
            shop.ok(shop.api().post("/api/v1/templates", Map.of("title", title, "text", title + "!")));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = shop.api().get("/api/v1/templates?limit=1" + (cursor == null ? "" : "&cursor=" + cursor))
                    .json();
            page.at("/items").forEach(t -> seen.add(t.at("/title").asString()));
            cursor = page.at("/nextCursor").isNull() ? null : page.at("/nextCursor").asString();
        } while (cursor != null);
        assertThat(seen).containsExactly("alpha", "Bravo", "Charlie");
    }

    private static List<String> titles(Api api, String query) {
        List<String> titles = new ArrayList<>();
        api.get("/api/v1/templates?" + query).json().at("/items").forEach(t -> titles.add(t.at("/title").asString()));
        return titles;
    }
}
