package dev.switchboard.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.SwitchboardApplication;
import dev.switchboard.support.Api;
import dev.switchboard.support.LiveClient;
import dev.switchboard.support.Payloads;
import dev.switchboard.support.Telegram;
import dev.switchboard.support.TelegramFake;
import dev.switchboard.support.TestWorkspace;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Two app nodes on one database: what happens on one reaches the browsers connected to the other. */
class ClusterFanOutIT {

    @Test
    void aMessageTakenInByOneNodeReachesBrowsersOnTheOther() {
        try (TelegramFake fake = new TelegramFake();
                ConfigurableApplicationContext nodeA = start();
                ConfigurableApplicationContext nodeB = start()) {
            int portA = port(nodeA);
            int portB = port(nodeB);
            TestWorkspace ws = TestWorkspace.signUp(portA);
            Telegram telegram = Telegram.connect(ws, fake);
            try (LiveClient onB = new LiveClient(portB, ws.token())) {
                await().atMost(Duration.ofSeconds(5)).until(() -> !onB.frames("hello").isEmpty());

                telegram.post(Payloads.telegram("text", 1, 1, 777));
                await().atMost(Duration.ofSeconds(5)).until(() -> onB.frames("message.created").size() == 1);
                String chatId = onB.frames("chat.created").getFirst().at("/chat/id").asString();

                Api viaB = new Api(portB).withToken(ws.token());
                viaB.post("/api/v1/chats/" + chatId + "/accept", null);
                viaB.post("/api/v1/chats/" + chatId + "/messages", Map.of("text", "Answered through node B"));
                await().atMost(Duration.ofSeconds(10)).until(() -> onB.frames("message.updated").stream()
                        .anyMatch(f -> "sent".equals(f.at("/message/status").asString())));
                assertThat(fake.calls("sendMessage")).as("delivered once, by one of the nodes").hasSize(1);
            }
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SwitchboardApplication.class).run(
                "--server.port=0",
                "--switchboard.data-dir=target/test-data-cluster",
                "--switchboard.db.clean-embedded=true",
                "--switchboard.demo.enabled=false",
                "--switchboard.delivery.poll-interval=PT0.2S",
                "--switchboard.public-url=https://switchboard.example.test");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
