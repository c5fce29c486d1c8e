package dev.switchboard.chats;

import dev.switchboard.support.ChatBookTest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.channels.ChannelType;
import dev.switchboard.support.Api;
import dev.switchboard.support.ChatBook;
import dev.switchboard.support.TestWorkspace;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Writing first: by the addresses each platform allows, reusing an existing chat, refusing what cannot be done. */
class WriteFirstIT extends ChatBookTest {

    @Test
    void aPhoneTypedAnyWayStartsOneChatInAcceptedWithTheCallerResponsible() {
        ChatBook shop = book();
        String whatsapp = shop.channel("WhatsApp", ChannelType.whatsapp);
        String me = shop.api().get("/api/v1/me").text("/user/id");
        Api.Response started = shop.api().post("/api/v1/chats", Map.of("channelId", whatsapp,
                "to", Map.of("phone", "8 (912) 345-67-89"), "clientName", "Анна", "text", "Здравствуйте! Ваш заказ готов."));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        JsonNode chat = started.json();
        assertThat(chat.at("/category").asString()).isEqualTo("accepted");
        assertThat(chat.at("/responsible/id").asString()).isEqualTo(me);
        assertThat(chat.at("/client/phone").asString()).isEqualTo("+79123456789");
        assertThat(chat.at("/client/name").asString()).isEqualTo("Анна");
        assertThat(chat.at("/lastMessage/text").asString()).isEqualTo("Здравствуйте! Ваш заказ готов.");
        List<String> lines = texts(shop.api(), chat.at("/id").asString());
        assertThat(lines).contains("Olga Owner started the dialog").last().isEqualTo("Здравствуйте! Ваш заказ готов.");

        Api.Response again = shop.api().post("/api/v1/chats", Map.of("channelId", whatsapp,
                "to", Map.of("phone", "+7 912 345 67 89"), "text", "И ещё одно"));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.text("/id")).isEqualTo(chat.at("/id").asString());
        assertThat(texts(shop.api(), chat.at("/id").asString())).last().isEqualTo("И ещё одно");
        assertThat(shop.ids("category=accepted")).containsExactly(chat.at("/id").asString());
    }

    @Test
    void aTelegramBotReachesOnlyWhoWroteToIt() {
        ChatBook shop = book();
        String bot = shop.channel("Shop bot", ChannelType.telegram);
        String known = shop.inbound("Shop bot", "501", "Ольга", "olga_k", "+79990001122", "Здравствуйте");
        Api.Response byPhone = shop.api().post("/api/v1/chats", Map.of("channelId", bot,
                "to", Map.of("phone", "8 999 000-11-22"), "text", "Ольга, добрый день!"));
        assertThat(byPhone.status()).as(byPhone.body()).isEqualTo(200);
        assertThat(byPhone.text("/id")).isEqualTo(known);
        Api.Response byUsername = shop.api().post("/api/v1/chats", Map.of("channelId", bot,
                "to", Map.of("username", "@Olga_K"), "text", "Ещё раз"));
        assertThat(byUsername.text("/id")).isEqualTo(known);

        Api.Response stranger = shop.api().post("/api/v1/chats", Map.of("channelId", bot,
                "to", Map.of("phone", "+7 912 000 00 00"), "text", "Hello"));
        assertThat(stranger.status()).isEqualTo(422);
        assertThat(stranger.text("/detail")).contains("Telegram");
        assertThat(shop.ids("category=new") .size() + shop.ids("category=accepted").size()).isEqualTo(1);
    }

    @Test
    void writingFirstNeverOpensAColleaguesChat() {
        ChatBook shop = book();
        String bot = shop.channel("Shop bot", ChannelType.telegram);
        ChatBook.Member oleg = shop.member("Oleg", "operator", false, bot);
        ChatBook.Member vera = shop.member("Vera", "operator", false, bot);
        String secret = shop.inbound("Shop bot", "77", "Secret Client", null, "+79001112233", "Only for Vera");
        shop.ok(vera.api().post("/api/v1/chats/" + secret + "/accept", Map.of()));
        Api.Response attempt = oleg.api().post("/api/v1/chats", Map.of("channelId", bot,
                "to", Map.of("phone", "8 900 111-22-33"), "text", "Hello from Oleg"));
        assertThat(attempt.status()).isEqualTo(409);
        assertThat(attempt.body()).doesNotContain("Secret Client").doesNotContain(secret);
        assertThat(texts(vera.api(), secret)).doesNotContain("Hello from Oleg");
        assertThat(vera.api().post("/api/v1/chats", Map.of("channelId", bot,
                "to", Map.of("phone", "+7 900 111 22 33"), "text", "Vera again")).status()).isEqualTo(200);
        assertThat(texts(vera.api(), secret)).last().isEqualTo("Vera again");
    }

    @Test
    void aTemplateCanBeTheFirstMessage() {
        ChatBook shop = book();
        String whatsapp = shop.channel("WhatsApp", ChannelType.whatsapp);
        String template = shop.api().post("/api/v1/templates", Map.of("title", "Order ready",
                "text", "{client.name}, your order is ready")).text("/id");
        Api.Response started = shop.api().post("/api/v1/chats", Map.of("channelId", whatsapp,
                "to", Map.of("phone", "+44 20 7946 0958"), "clientName", "Peter", "templateId", template));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        assertThat(started.text("/lastMessage/text")).isEqualTo("Peter, your order is ready");
    }

    @Test
    void badRequestsAreRefusedAndStoreNothing() {
        ChatBook shop = book();
        String whatsapp = shop.channel("WhatsApp", ChannelType.whatsapp);
        String bot = shop.channel("Shop bot", ChannelType.telegram);
        ChatBook.Member oleg = shop.member("Oleg", "operator", false, bot);
        Api api = shop.api();
        assertProblem(api.post("/api/v1/chats", Map.of("channelId", whatsapp, "to", Map.of("phone", "12"),
                "text", "x")), 400, "to.phone");
        assertProblem(api.post("/api/v1/chats", Map.of("channelId", whatsapp, "to",
                Map.of("phone", "+79123456789", "email", "a@b.example"), "text", "x")), 400, "to");
        assertProblem(api.post("/api/v1/chats", Map.of("channelId", whatsapp, "to", Map.of("phone", "+79123456789"))),
                400, "text");
        assertProblem(api.post("/api/v1/chats", Map.of("to", Map.of("phone", "+79123456789"), "text", "x")), 400,
                "channelId");
        assertThat(api.post("/api/v1/chats", Map.of("channelId", whatsapp, "to", Map.of("email", "a@b.example"),
                "text", "x")).status()).isEqualTo(422);
        assertThat(oleg.api().post("/api/v1/chats", Map.of("channelId", whatsapp, "to",
                Map.of("phone", "+79123456789"), "text", "x")).status()).isEqualTo(404);
        ChatBook other = new ChatBook(TestWorkspace.signUp(port), channels, events,
                new org.springframework.transaction.support.TransactionTemplate(transactions));
        assertThat(other.api().post("/api/v1/chats", Map.of("channelId", whatsapp, "to",
                Map.of("phone", "+79123456789"), "text", "x")).status()).isEqualTo(404);
        assertThat(shop.ids("category=accepted")).isEmpty();
        assertThat(shop.ids("category=new")).isEmpty();
    }

    private static void assertProblem(Api.Response r, int status, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.json().at("/errors/0/field").asString()).isEqualTo(field);
    }

    private static List<String> texts(Api api, String chat) {
        List<String> texts = new java.util.ArrayList<>();
        api.get("/api/v1/chats/" + chat + "/messages").json().at("/items").forEach(m -> texts.add(m.at("/text").asString()));
        return texts;
    }
}
