package dev.switchboard.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.support.IntegrationTest;
import dev.switchboard.support.LiveClient;
import dev.switchboard.support.Payloads;
import dev.switchboard.support.Telegram;
import dev.switchboard.support.TelegramFake;
import dev.switchboard.support.TestWorkspace;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class LiveStreamIT {

    @LocalServerPort
    int port;

    @Test
    void everyOpenSessionOfTheWorkspaceSeesNewChatsMessagesAndMovesAndNoOtherWorkspaceDoes() {
        try (TelegramFake fake = new TelegramFake()) {
            TestWorkspace ws = TestWorkspace.signUp(port);
            TestWorkspace other = TestWorkspace.signUp(port);
            Telegram telegram = Telegram.connect(ws, fake);
            try (LiveClient first = new LiveClient(port, ws.token());
                    LiveClient second = new LiveClient(port, ws.token());
                    LiveClient outsider = new LiveClient(port, other.token())) {
                await().atMost(Duration.ofSeconds(5)).until(() -> !first.frames("hello").isEmpty()
                        && !second.frames("hello").isEmpty() && !outsider.frames("hello").isEmpty());

                telegram.post(Payloads.telegram("text", 1, 101, 555));
                await().atMost(Duration.ofSeconds(5)).until(() -> first.frames("chat.created").size() == 1
                        && second.frames("message.created").size() == 1);
                assertThat(first.frames("chat.created").getFirst().at("/chat/client/name").asString())
                        .isEqualTo("Анна Кузнецова");
                assertThat(second.frames("message.created").getFirst().at("/message/text").asString())
                        .startsWith("Здравствуйте!");
                assertThat(first.frames("counts.updated")).isNotEmpty();

                String chatId = first.frames("chat.created").getFirst().at("/chat/id").asString();
                ws.api().post("/api/v1/chats/" + chatId + "/accept", null);
                await().atMost(Duration.ofSeconds(5)).until(() -> second.frames("chat.updated").stream()
                        .anyMatch(f -> f.at("/chat/category").asString().equals("accepted")));

                ws.api().post("/api/v1/chats/" + chatId + "/messages", Map.of("text", "Hello!"));
                await().atMost(Duration.ofSeconds(10)).until(() -> first.frames("message.updated").stream()
                        .anyMatch(f -> f.at("/message/status").asString().equals("sent")));

                assertThat(outsider.frames()).extracting(f -> f.path("type").asString()).containsOnly("hello");
            }
        }
    }

    @Test
    void theStreamRefusesAnUnknownToken() {
        assertThat(new dev.switchboard.support.Api(port).get("/api/v1/stream?token=sb_nope").status()).isEqualTo(401);
    }
}
