package dev.switchboard.channels;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.support.Api;
import dev.switchboard.support.ChatBook;
import dev.switchboard.support.Payloads;
import dev.switchboard.support.TelegramInboxTest;
import dev.switchboard.support.TestWorkspace;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** An admin renames, re-checks, pauses and removes a channel; the hook and the chats follow. */
class ChannelSettingsIT extends TelegramInboxTest {

    static final long CLIENT = 287654321L;

    @Autowired
    Channels channels;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void theChannelShowsWhetherThePlatformReachesItsHook() {
        JsonNode fresh = channel();
        assertThat(fresh.at("/lastEventAt").isNull()).as("nothing heard yet").isTrue();
        assertThat(fresh.at("/problem").isNull()).isTrue();
        assertThat(fresh.at("/hasComments").asBoolean()).isFalse();

        telegram.post(Payloads.telegram("text", 1, 101, CLIENT));
        assertThat(channel().at("/lastEventAt").isNull()).isFalse();

        new Api(port).header("X-Telegram-Bot-Api-Secret-Token", "guess")
                .postRaw("/hooks/" + telegram.channelId(), Payloads.telegram("text", 2, 102, CLIENT), "application/json");
        JsonNode refused = channel();
        assertThat(refused.at("/problem").asString()).contains("secret");
        assertThat(refused.at("/problemAt").isNull()).isFalse();
        JsonNode listed = ws.api().get("/api/v1/channels").json().at("/items/0");
        assertThat(listed.at("/problem").asString()).isEqualTo(refused.at("/problem").asString());
    }

    @Test
    void renamingAndRecheckingKeepTheMaskedTokenAndATokenTelegramRefusesChangesNothing() {
        Api.Response renamed = ws.api().patch(path(), Map.of("name", "Fialka bot"));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.text("/name")).isEqualTo("Fialka bot");
        assertThat(fake.calls("setWebhook")).as("a rename does not touch Telegram").hasSize(1);

        JsonNode shown = channel().at("/settings");
        Api.Response rechecked = ws.api().patch(path(), Map.of("settings", Map.of(
                "botToken", shown.at("/botToken").asString(), "apiBaseUrl", fake.baseUrl())));
        assertThat(rechecked.status()).as(rechecked.body()).isEqualTo(200);
        assertThat(fake.calls("setWebhook")).as("the hook is registered again").hasSize(2);
        assertThat(fake.jsonCalls("setWebhook").get(1).path("secret_token").asString()).isEqualTo(telegram.secret());
        assertThat(telegram.post(Payloads.telegram("text", 3, 103, CLIENT)).status())
                .as("the kept token still works").isEqualTo(200);

        fake.answer("getMe", 401, Payloads.text("telegram/unauthorized.json"));
        Api.Response refused = ws.api().patch(path(), Map.of("name", "Other", "settings",
                Map.of("botToken", dev.switchboard.support.TelegramFake.TOKEN)));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("/detail")).contains("Unauthorized");
        assertThat(channel().at("/name").asString()).as("nothing changed").isEqualTo("Fialka bot");
        assertThat(channel().at("/settings/botToken").asString()).isEqualTo(shown.at("/botToken").asString());

        assertThat(ws.api().patch(path(), Map.of("status", "paused")).status()).isEqualTo(400);
        assertThat(ws.api().patch(path(), Map.of("name", " ")).status()).isEqualTo(400);
    }

    @Test
    void aDisabledChannelAsksThePlatformToTryLaterAndSendsNothingUntilEnabled() {
        telegram.post(Payloads.telegram("text", 1, 101, CLIENT));
        String chat = ws.api().get("/api/v1/chats?category=new").json().at("/items/0/id").asString();

        Api.Response disabled = ws.api().patch(path(), Map.of("status", "disabled"));
        assertThat(disabled.text("/status")).isEqualTo("disabled");
        Api.Response paused = telegram.post(Payloads.telegram("text", 2, 102, CLIENT));
        assertThat(paused.status()).isEqualTo(503);
        assertThat(ws.messages(chat, "in")).as("nothing stored while disabled").hasSize(1);
        Api.Response answer = ws.api().post("/api/v1/chats/" + chat + "/messages", Map.of("text", "Hello"));
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.text("/detail")).contains("disabled");

        assertThat(ws.api().patch(path(), Map.of("status", "active")).text("/status")).isEqualTo("active");
        assertThat(telegram.post(Payloads.telegram("text", 2, 102, CLIENT)).status())
                .as("Telegram's retry is taken once enabled").isEqualTo(200);
        assertThat(ws.messages(chat, "in")).hasSize(2);
        assertThat(ws.api().post("/api/v1/chats/" + chat + "/messages", Map.of("text", "Hello")).status()).isEqualTo(201);
    }

    @Test
    void aRemovedChannelKeepsItsChatsAndHistoryAndTelegramIsToldToStop() {
        telegram.post(Payloads.telegram("text", 1, 101, CLIENT));
        String chat = ws.api().get("/api/v1/chats?category=new").json().at("/items/0/id").asString();

        assertThat(ws.api().delete(path()).status()).isEqualTo(204);
        assertThat(fake.calls("deleteWebhook")).hasSize(1);
        assertThat(ws.api().get(path()).status()).isEqualTo(404);
        assertThat(ws.api().get("/api/v1/channels").json().at("/items").size()).isZero();
        assertThat(telegram.post(Payloads.telegram("text", 2, 102, CLIENT)).status()).isEqualTo(404);

        JsonNode kept = ws.api().get("/api/v1/chats/" + chat).json();
        assertThat(kept.at("/client/name").asString()).isEqualTo("Анна Кузнецова");
        assertThat(ws.messages(chat, "in")).hasSize(1);
        assertThat(ws.api().get("/api/v1/chats?category=new").json().at("/items").size()).isEqualTo(1);
    }

    @Test
    void onlyTheWorkspacesAdminsChangeChannels() {
        ChatBook book = new ChatBook(ws, channels, events, transaction);
        ChatBook.Member operator = book.member("Olga", "operator", false, telegram.channelId());
        assertThat(operator.api().patch(path(), Map.of("status", "disabled")).status()).isEqualTo(403);
        assertThat(operator.api().delete(path()).status()).isEqualTo(403);
        JsonNode seen = operator.api().get(path()).json();
        assertThat(seen.at("/webhookUrl").isNull()).isTrue();
        assertThat(seen.at("/problem").isNull()).isTrue();

        TestWorkspace other = TestWorkspace.signUp(port);
        assertThat(other.api().patch(path(), Map.of("status", "disabled")).status()).isEqualTo(404);
        assertThat(other.api().delete(path()).status()).isEqualTo(404);
        assertThat(channel().at("/status").asString()).isEqualTo("active");
    }

    private String path() {
        return "/api/v1/channels/" + telegram.channelId();
    }

    private JsonNode channel() {
        return ws.api().get(path()).json();
    }

}
