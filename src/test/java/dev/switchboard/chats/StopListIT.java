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

/** The stop-list: what matches is kept, but goes straight to the archive and no screen hears of it. */
class StopListIT extends ChatBookTest {

    @Test
    void aStopWordClientOrPostSendsTheChatToTheArchiveSilently() throws Exception {
        ChatBook shop = book();
        shop.channel("bot", ChannelType.telegram);
        shop.channel("VK", ChannelType.vk);
        String regular = shop.inbound("bot", "1", "Regular", null, null, "Hello");
        shop.ok(shop.api().post("/api/v1/chats/" + regular + "/accept", Map.of()));
        String clientId = shop.api().get("/api/v1/chats/" + regular).text("/client/id");
        Api admin = shop.api();
        assertThat(admin.post("/api/v1/stoplist", Map.of("kind", "word", "value", "Реклама")).status()).isEqualTo(201);
        assertThat(admin.post("/api/v1/stoplist", Map.of("kind", "client", "value", clientId)).status()).isEqualTo(201);
        assertThat(admin.post("/api/v1/stoplist", Map.of("kind", "post", "value", "77")).status()).isEqualTo(201);

        try (LiveClient live = new LiveClient(port, shop.workspace().token())) {
            await().atMost(Duration.ofSeconds(10)).until(() -> !live.frames("hello").isEmpty());
            String ad = shop.inbound("bot", "2", "Spammer", null, null, "РЕКЛАМА: лучшие цены!");
            String again = shop.inbound("bot", "1", "Regular", null, null, "Me again");
            String underPost = shop.comment("VK", "3", "Commenter", "77", "Cool post");
            String spammerWord = shop.inbound("bot", "4", "Word", null, null, "Рекламагентство ищет партнёров");
            String otherPost = shop.comment("VK", "5", "Other", "78", "Nice");

            assertThat(regular).isEqualTo(again);
            assertThat(shop.ids("category=archive")).containsExactlyInAnyOrder(ad, regular, underPost);
            assertThat(shop.ids("category=new")).containsExactlyInAnyOrder(spammerWord, otherPost);
            assertThat(texts(admin, ad)).containsExactly("РЕКЛАМА: лучшие цены!",
                    "The stop-list sent the chat to the archive");
            assertThat(texts(admin, regular)).endsWith("Me again", "The stop-list sent the chat to the archive");

            await().atMost(Duration.ofSeconds(10)).until(() -> chatIds(live).contains(otherPost));
            assertThat(chatIds(live)).contains(spammerWord).doesNotContain(ad, regular, underPost);
        }

        shop.inbound("bot", "2", "Spammer", null, null, "Реклама снова");
        assertThat(shop.ids("category=archive")).hasSize(3);
        assertThat(shop.ids("category=new")).hasSize(2);
    }

    @Test
    void theStopListIsKeptByAdminsAndRefusesBadEntries() {
        ChatBook shop = book();
        String bot = shop.channel("bot", ChannelType.telegram);
        ChatBook.Member oleg = shop.member("Oleg", "operator", false, bot);
        Api admin = shop.api();
        assertThat(admin.post("/api/v1/stoplist", Map.of("kind", "phone", "value", "+7912")).status()).isEqualTo(400);
        assertThat(admin.post("/api/v1/stoplist", Map.of("kind", "client", "value", "nobody")).status()).isEqualTo(400);
        assertThat(admin.post("/api/v1/stoplist", Map.of("kind", "word", "value", "a")).status()).isEqualTo(400);
        String spam = admin.post("/api/v1/stoplist", Map.of("kind", "word", "value", "spam")).text("/id");
        assertThat(admin.post("/api/v1/stoplist", Map.of("kind", "word", "value", "SPAM")).status()).isEqualTo(409);
        assertThat(oleg.api().get("/api/v1/stoplist").status()).isEqualTo(403);
        assertThat(oleg.api().post("/api/v1/stoplist", Map.of("kind", "word", "value", "mine")).status()).isEqualTo(403);
        assertThat(oleg.api().delete("/api/v1/stoplist/" + spam).status()).isEqualTo(403);
        assertThat(admin.get("/api/v1/stoplist").json().at("/items").size()).isEqualTo(1);

        String stopped = shop.inbound("bot", "1", "A", null, null, "spam spam");
        assertThat(shop.ids("category=archive")).containsExactly(stopped);
        assertThat(admin.delete("/api/v1/stoplist/" + spam).status()).isEqualTo(204);
        shop.inbound("bot", "1", "A", null, null, "spam, but welcome now");
        assertThat(shop.ids("category=new")).containsExactly(stopped);
    }

    private static List<String> chatIds(LiveClient live) {
        List<String> ids = new ArrayList<>();
        for (JsonNode f : live.frames()) {
            if (f.has("chat")) {
                ids.add(f.at("/chat/id").asString());
            } else if (f.has("message")) {
                ids.add(f.at("/message/chatId").asString());
            }
        }
        return ids;
    }

    private static List<String> texts(Api api, String chat) {
        List<String> texts = new ArrayList<>();
        api.get("/api/v1/chats/" + chat + "/messages").json().at("/items").forEach(m -> texts.add(m.at("/text").asString()));
        return texts;
    }
}
