package dev.switchboard.chats;

import dev.switchboard.support.ChatBookTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.channels.ChannelType;
import dev.switchboard.support.ChatBook;
import dev.switchboard.support.LiveClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Automatic assignment: new chats go round the online operators of the channel, never to one who is away. */
class AutoAssignIT extends ChatBookTest {

    @Test
    void newChatsGoRoundTheOnlineOperatorsOfTheChannel() {
        ChatBook shop = book();
        String bot = shop.channel("bot", ChannelType.telegram);
        shop.channel("other", ChannelType.telegram);
        ChatBook.Member oleg = shop.member("Oleg", "operator", false, bot);
        ChatBook.Member vera = shop.member("Vera", "operator", false, bot);
        ChatBook.Member ivan = shop.member("Ivan", "operator", false, bot);
        shop.ok(shop.api().patch("/api/v1/workspace", Map.of("autoAssign", true)));

        try (LiveClient olegs = new LiveClient(port, oleg.api()); LiveClient veras = new LiveClient(port, vera.api())) {
            await().atMost(Duration.ofSeconds(10)).until(() -> !olegs.frames("hello").isEmpty()
                    && !veras.frames("hello").isEmpty());
            List<String> given = new ArrayList<>();
            for (int i = 1; i <= 4; i++) {
                String chat = shop.inbound("bot", "c" + i, "Client " + i, null, null, "Hello");
                given.add(shop.api().get("/api/v1/chats/" + chat).text("/responsible/id"));
                assertThat(shop.api().get("/api/v1/chats/" + chat).text("/category")).isEqualTo("new");
            }
            assertThat(given).containsOnly(oleg.id(), vera.id()).doesNotContain(ivan.id());
            assertThat(given.get(0)).isNotEqualTo(given.get(1));
            assertThat(given.get(2)).isEqualTo(given.get(0));
            assertThat(given.get(3)).isEqualTo(given.get(1));

            String elsewhere = shop.inbound("other", "x1", "Elsewhere", null, null, "Hi");
            assertThat(shop.api().get("/api/v1/chats/" + elsewhere).json().at("/responsible").isNull()).isTrue();

            veras.close();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                String chat = shop.inbound("bot", "v" + System.nanoTime(), "Late", null, null, "Hi");
                assertThat(shop.api().get("/api/v1/chats/" + chat).text("/responsible/id")).isEqualTo(oleg.id());
            });
            String last = shop.inbound("bot", "c5", "Client 5", null, null, "Hi");
            List<String> lines = new ArrayList<>();
            shop.api().get("/api/v1/chats/" + last + "/messages").json().at("/items")
                    .forEach(m -> lines.add(m.at("/text").asString()));
            assertThat(lines).contains("Assigned automatically to Oleg");

            shop.ok(shop.api().patch("/api/v1/workspace", Map.of("autoAssign", false)));
            String unassigned = shop.inbound("bot", "c6", "Client 6", null, null, "Hi");
            assertThat(shop.api().get("/api/v1/chats/" + unassigned).json().at("/responsible").isNull()).isTrue();
        }
    }
}
