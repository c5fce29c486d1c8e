package dev.switchboard.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.SwitchboardApplication;
import dev.switchboard.support.Api;
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

/** The delivery queue lives in PostgreSQL: a message queued before a restart is sent after it. */
class QueuedMessageSurvivesRestartIT {

    @Test
    void aMessageQueuedBeforeARestartIsDeliveredAfterIt() {
        try (TelegramFake fake = new TelegramFake()) {
            fake.answer("sendMessage", 503, "{\"ok\":false,\"error_code\":503,\"description\":\"Service Unavailable\"}");
            String chatId;
            String token;
            try (ConfigurableApplicationContext first = start()) {
                int port = port(first);
                TestWorkspace ws = TestWorkspace.signUp(port);
                token = ws.token();
                Telegram telegram = Telegram.connect(ws, fake);
                telegram.post(Payloads.telegram("text", 1, 1, 4242));
                chatId = ws.api().get("/api/v1/chats?category=new").text("/items/0/id");
                Api.Response sent = ws.api().post("/api/v1/chats/" + chatId + "/messages", Map.of("text", "Still there?"));
                assertThat(sent.status()).isEqualTo(201);
                await().atMost(Duration.ofSeconds(10)).until(() -> !fake.calls("sendMessage").isEmpty());
            }
            fake.answer("sendMessage", Payloads.text("telegram/send-message.json"));

            try (ConfigurableApplicationContext second = start()) {
                Api api = new Api(port(second)).withToken(token);
                await().atMost(Duration.ofSeconds(60)).alias("the queued answer is sent after the restart")
                        .until(() -> api.get("/api/v1/chats/" + chatId + "/messages").body(),
                                history -> history.contains("\"text\":\"Still there?\"")
                                        && history.contains("\"status\":\"sent\""));
                assertThat(fake.jsonCalls("sendMessage").getLast().path("text").asString()).isEqualTo("Still there?");
            }
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SwitchboardApplication.class).run(
                "--server.port=0",
                "--switchboard.data-dir=target/test-data-restart",
                "--switchboard.db.clean-embedded=true",
                "--switchboard.demo.enabled=false",
                "--switchboard.delivery.poll-interval=PT0.2S",
                "--switchboard.public-url=https://switchboard.example.test");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
