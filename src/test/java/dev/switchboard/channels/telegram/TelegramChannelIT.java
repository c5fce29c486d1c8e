package dev.switchboard.channels.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.support.Api;
import dev.switchboard.support.TelegramInboxTest;
import dev.switchboard.support.Payloads;
import dev.switchboard.support.TelegramFake;
import dev.switchboard.support.TestWorkspace;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TelegramChannelIT extends TelegramInboxTest {

    static final long CLIENT = 287654321L;

    @Test
    void connectingABotChecksTheTokenAndRegistersTheWebhookWithASecret() {
        assertThat(fake.calls("getMe")).hasSize(1);
        JsonNode webhook = fake.jsonCalls("setWebhook").getFirst();
        assertThat(webhook.path("url").asString())
                .isEqualTo("https://switchboard.example.test/hooks/" + telegram.channelId());
        assertThat(webhook.path("secret_token").asString()).matches("[A-Za-z0-9_-]{32,256}");
        JsonNode channel = ws.api().get("/api/v1/channels/" + telegram.channelId()).json();
        assertThat(channel.at("/settings/botUsername").asString()).isEqualTo("fialka_shop_bot");
        assertThat(channel.at("/settings/botToken").asString()).doesNotContain(TelegramFake.TOKEN.substring(12));
        assertThat(channel.at("/webhookUrl").asString()).endsWith("/hooks/" + telegram.channelId());
    }

    @Test
    void aTokenTelegramRefusesIsRejectedAndNothingIsStored() {
        fake.answer("getMe", 401, Payloads.text("telegram/unauthorized.json"));
        Api.Response r = ws.api().post("/api/v1/channels",
                Map.of("type", "telegram", "name", "Broken bot", "settings", fake.channelSettings()));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.text("/detail")).contains("Unauthorized");
        assertThat(ws.api().get("/api/v1/channels").json().at("/items").size()).isEqualTo(1);
    }

    @Test
    void aTokenThatIsNotABotTokenIsRejectedWithoutAskingTelegram() {
        Api.Response r = ws.api().post("/api/v1/channels", Map.of("type", "telegram", "name", "Bot",
                "settings", Map.of("botToken", "not a token", "apiBaseUrl", fake.baseUrl())));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(fake.calls("getMe")).hasSize(1);
    }

    @Test
    void aClientsFirstMessageCreatesAnUnreadChatInNew() {
        assertThat(telegram.post(Payloads.telegram("text", 1, 101, CLIENT)).status()).isEqualTo(200);

        JsonNode chats = ws.api().get("/api/v1/chats?category=new").json().at("/items");
        assertThat(chats.size()).isEqualTo(1);
        JsonNode chat = chats.get(0);
        assertThat(chat.at("/client/name").asString()).isEqualTo("Анна Кузнецова");
        assertThat(chat.at("/client/username").asString()).isEqualTo("anna_k");
        assertThat(chat.at("/channel/type").asString()).isEqualTo("telegram");
        assertThat(chat.at("/unreadCount").asInt()).isEqualTo(1);
        assertThat(chat.at("/lastMessage/text").asString()).isEqualTo("Здравствуйте! Есть ли в наличии букет «Весенний»?");
        assertThat(chat.at("/lastMessage/direction").asString()).isEqualTo("in");
        assertThat(chat.at("/awaitingReplySince").isNull()).isFalse();
        assertThat(chat.at("/stage/group").asString()).isEqualTo("active");
        assertThat(counts()).containsEntry("new", 1).containsEntry("unread", 1).containsEntry("accepted", 0);
    }

    @Test
    void aRepeatedUpdateIsAcknowledgedAndStoredOnce() {
        String update = Payloads.telegram("text", 2, 101, CLIENT);
        assertThat(telegram.post(update).status()).isEqualTo(200);
        assertThat(telegram.post(update).status()).isEqualTo(200);

        String chatId = onlyChat("new").at("/id").asString();
        assertThat(history(chatId)).hasSize(1);
        assertThat(onlyChat("new").at("/unreadCount").asInt()).isEqualTo(1);
    }

    @Test
    void aWrongOrMissingSecretGets401AndStoresNothing() {
        Api hook = new Api(port);
        Api.Response wrong = hook.header("X-Telegram-Bot-Api-Secret-Token", "guess")
                .postRaw("/hooks/" + telegram.channelId(), Payloads.telegram("text", 3, 101, CLIENT), "application/json");
        Api.Response missing = new Api(port)
                .postRaw("/hooks/" + telegram.channelId(), Payloads.telegram("text", 3, 101, CLIENT), "application/json");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(missing.status()).isEqualTo(401);
        assertThat(counts()).containsEntry("new", 0);
    }

    @Test
    void malformedJsonGets400AndStoresNothing() {
        assertThat(telegram.post("{\"update_id\": 5, \"message\": {").status()).isEqualTo(400);
        assertThat(telegram.post("[1,2,3]").status()).isEqualTo(400);
        assertThat(counts()).containsEntry("new", 0);
    }

    @Test
    void anUpdateOfAnUnexpectedShapeGets400AndStoresNothing() {
        assertThat(telegram.post("{\"update_id\":1,\"message\":{\"message_id\":1,\"chat\":{\"id\":1,\"type\":\"private\"},"
                + "\"date\":1,\"text\":[1,2]}}").status()).isEqualTo(400);
        assertThat(telegram.post("{\"update_id\":2,\"message\":{\"message_id\":{},\"chat\":{\"id\":1,\"type\":\"private\"},"
                + "\"date\":1,\"text\":\"hi\"}}").status()).isEqualTo(400);
        assertThat(counts()).containsEntry("new", 0);
    }

    @Test
    void anOversizedHookBodyGets413() {
        String huge = "{\"update_id\": 1, \"padding\": \"" + "x".repeat(1_100_000) + "\"}";
        Api.Response r = telegram.post(huge);
        assertThat(r.status()).isEqualTo(413);
        assertThat(counts()).containsEntry("new", 0);
    }

    @Test
    void aNulCharacterFromTheClientIsDroppedNotRefused() {
        String update = Payloads.telegram("text", 7, 107, CLIENT).replace("Здравствуйте!", "Здравствуйте!\\u0000");
        assertThat(telegram.post(update).status()).isEqualTo(200);
        assertThat(onlyChat("new").at("/lastMessage/text").asString()).startsWith("Здравствуйте! Есть");
    }

    @Test
    void anApiAddressThatIsNotHttpIsRejected() {
        Api.Response r = ws.api().post("/api/v1/channels", Map.of("type", "telegram", "name", "Bot",
                "settings", Map.of("botToken", TelegramFake.TOKEN, "apiBaseUrl", "ftp://files.example.test")));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().at("/detail").asString()).contains("apiBaseUrl");
    }

    @Test
    void anUnknownHookIs404() {
        assertThat(new Api(port).postRaw("/hooks/00000000-0000-0000-0000-000000000000", "{}", "application/json")
                .status()).isEqualTo(404);
        assertThat(new Api(port).postRaw("/hooks/nonsense", "{}", "application/json").status()).isEqualTo(404);
    }

    @Test
    void photosDocumentsAndVoiceBecomeFilesAndOtherTypesReadableText() {
        fake.file("AgACAgIAAxkBAAIBY2large", "photos/file_7.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3},
                "image/jpeg");
        long id = 10;
        for (String kind : List.of("photo", "document", "voice", "sticker", "location", "contact")) {
            assertThat(telegram.post(Payloads.telegram(kind, id, id, CLIENT)).status()).isEqualTo(200);
            id++;
        }
        List<JsonNode> messages = history(onlyChat("new").at("/id").asString());
        assertThat(messages).hasSize(6);
        JsonNode photo = messages.get(0);
        assertThat(photo.at("/text").asString()).isEqualTo("Вот такой хочу");
        assertThat(photo.at("/attachments/0/contentType").asString()).isEqualTo("image/jpeg");
        assertThat(messages.get(1).at("/attachments/0/name").asString()).isEqualTo("order-details.pdf");
        assertThat(messages.get(1).at("/attachments/0/size").asLong()).isEqualTo(20480);
        assertThat(messages.get(2).at("/attachments/0/contentType").asString()).isEqualTo("audio/ogg");
        assertThat(messages.get(3).at("/text").asString()).isEqualTo("Sticker 👍");
        assertThat(messages.get(4).at("/text").asString()).startsWith("📍 Location: 55.751244, 37.618423");
        assertThat(messages.get(5).at("/text").asString()).contains("Пётр Иванов").contains("+79123456789");

        Api.Response download = ws.api().get(photo.at("/attachments/0/url").asString());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void theClientsProfilePhotoBecomesTheirAvatar() {
        byte[] picture = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 42, 42};
        fake.answer("getUserProfilePhotos", Payloads.text("telegram/user-profile-photos.json"));
        fake.file("AgACAgIAAxkBAAIBprofile160", "profile_photos/file_3.jpg", picture, "image/jpeg");
        telegram.post(Payloads.telegram("text", 15, 101, CLIENT));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> !onlyChat("new").at("/client/avatarUrl").isNull());
        assertThat(fake.jsonCalls("getUserProfilePhotos").getFirst().path("user_id").asString())
                .isEqualTo(String.valueOf(CLIENT));
        Api.Response avatar = ws.api().send("GET", onlyChat("new").at("/client/avatarUrl").asString(),
                (byte[]) null, "image/jpeg");
        assertThat(avatar.status()).isEqualTo(200);
        assertThat(avatar.contentType()).isEqualTo("image/jpeg");
        assertThat(TestWorkspace.signUp(port).api().get(onlyChat("new").at("/client/avatarUrl").asString()).status())
                .as("another workspace cannot see the picture").isEqualTo(404);
    }

    @Test
    void aClientWithoutAProfilePhotoKeepsTheirInitials() {
        telegram.post(Payloads.telegram("text", 16, 101, CLIENT));
        await().atMost(Duration.ofSeconds(5)).until(() -> !fake.calls("getUserProfilePhotos").isEmpty());
        assertThat(onlyChat("new").at("/client/avatarUrl").isNull()).isTrue();
    }

    @Test
    void anEditedMessageChangesTheStoredText() {
        telegram.post(Payloads.telegram("text", 20, 101, CLIENT));
        assertThat(telegram.post(Payloads.telegram("edited", 21, 101, CLIENT)).status()).isEqualTo(200);

        List<JsonNode> messages = history(onlyChat("new").at("/id").asString());
        assertThat(messages).hasSize(1);
        assertThat(messages.getFirst().at("/text").asString()).endsWith("на завтра?");
        assertThat(messages.getFirst().at("/editedAt").isNull()).isFalse();
    }

    @Test
    void aGroupChatIsADialogWithTheGroup() {
        telegram.post(Payloads.json("telegram/group.json").toString());
        assertThat(onlyChat("new").at("/client/name").asString()).isEqualTo("Wedding planners");
    }

    @Test
    void theOperatorAcceptsAndAnswersThroughSendMessage() {
        telegram.post(Payloads.telegram("text", 30, 101, CLIENT));
        String chatId = onlyChat("new").at("/id").asString();

        JsonNode accepted = ws.api().post("/api/v1/chats/" + chatId + "/accept", null).json();
        assertThat(accepted.at("/category").asString()).isEqualTo("accepted");
        assertThat(accepted.at("/responsible/id").asString()).isEqualTo(ws.ownerId());

        Api.Response sent = ws.api().post("/api/v1/chats/" + chatId + "/messages",
                Map.of("text", "Добрый день! Да, есть."));
        assertThat(sent.status()).isEqualTo(201);
        assertThat(sent.text("/status")).isEqualTo("queued");
        assertThat(sent.text("/direction")).isEqualTo("out");

        await().atMost(Duration.ofSeconds(10)).until(() -> "sent".equals(lastMessage(chatId).at("/status").asString()));
        JsonNode call = fake.jsonCalls("sendMessage").getFirst();
        assertThat(call.path("chat_id").asString()).isEqualTo(String.valueOf(CLIENT));
        assertThat(call.path("text").asString()).isEqualTo("Добрый день! Да, есть.");
        assertThat(lastMessage(chatId).at("/externalId").asString()).isEqualTo(CLIENT + ":4242");

        JsonNode row = ws.api().get("/api/v1/chats/" + chatId).json();
        assertThat(row.at("/awaitingReplySince").isNull()).isTrue();
        assertThat(row.at("/lastResponseSeconds").isNumber()).isTrue();
        assertThat(row.at("/unreadCount").asInt()).isZero();
        List<String> kinds = history(chatId).stream().map(m -> m.at("/direction").asString()).toList();
        assertThat(kinds).containsExactly("in", "event", "out");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeySendsOnce() {
        String chatId = acceptedChat(40);
        Api.Response first = ws.api().header("Idempotency-Key", "k-1")
                .post("/api/v1/chats/" + chatId + "/messages", Map.of("text", "Once"));
        Api.Response again = ws.api().header("Idempotency-Key", "k-1")
                .post("/api/v1/chats/" + chatId + "/messages", Map.of("text", "Once"));
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.text("/id")).isEqualTo(first.text("/id"));
        await().atMost(Duration.ofSeconds(10)).until(() -> "sent".equals(lastMessage(chatId).at("/status").asString()));
        assertThat(fake.calls("sendMessage")).hasSize(1);
    }

    @Test
    void aRateLimitedMessageIsSentAgainAfterTelegramsDelay() {
        fake.answerOnceThen("sendMessage", 429, Payloads.text("telegram/too-many-requests.json"),
                Payloads.text("telegram/send-message.json"));
        String chatId = acceptedChat(50);
        ws.api().post("/api/v1/chats/" + chatId + "/messages", Map.of("text", "Patience"));

        await().atMost(Duration.ofSeconds(15)).until(() -> "sent".equals(lastMessage(chatId).at("/status").asString()));
        assertThat(fake.calls("sendMessage")).hasSize(2);
    }

    @Test
    void aPermanentRefusalMarksTheMessageFailedWithTelegramsReasonAndRetrySendsIt() {
        fake.answer("sendMessage", 403, Payloads.text("telegram/bot-blocked.json"));
        String chatId = acceptedChat(60);
        ws.api().post("/api/v1/chats/" + chatId + "/messages", Map.of("text", "Hello?"));

        await().atMost(Duration.ofSeconds(10)).until(() -> "failed".equals(lastMessage(chatId).at("/status").asString()));
        JsonNode failed = lastMessage(chatId);
        assertThat(failed.at("/error").asString()).isEqualTo("Forbidden: bot was blocked by the user");
        assertThat(fake.calls("sendMessage")).hasSize(1);

        fake.answer("sendMessage", Payloads.text("telegram/send-message.json"));
        assertThat(ws.api().post("/api/v1/messages/" + failed.at("/id").asString() + "/retry", null).status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> "sent".equals(lastMessage(chatId).at("/status").asString()));
    }

    @Test
    void filesAreSentWithSendPhotoAndSendDocument() {
        String chatId = acceptedChat(70);
        String photo = upload("bouquet.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        String pdf = upload("price-list.pdf", "application/pdf", "%PDF-1.4 price list".getBytes());
        Api.Response sent = ws.api().post("/api/v1/chats/" + chatId + "/messages",
                Map.of("text", "Our bouquet and prices", "attachmentIds", List.of(photo, pdf)));
        assertThat(sent.status()).isEqualTo(201);
        assertThat(sent.json().at("/attachments").size()).isEqualTo(2);

        await().atMost(Duration.ofSeconds(10)).until(() -> "sent".equals(lastMessage(chatId).at("/status").asString()));
        String photoCall = fake.calls("sendPhoto").getFirst().getBodyAsString();
        assertThat(photoCall).contains("name=\"caption\"").contains("Our bouquet and prices")
                .contains("filename=\"bouquet.png\"").contains("name=\"chat_id\"");
        assertThat(fake.calls("sendDocument").getFirst().getBodyAsString()).contains("filename=\"price-list.pdf\"");
        assertThat(fake.calls("sendMessage")).isEmpty();
    }

    @Test
    void anArchivedChatReturnsToNewOnAnInboundMessage() {
        String chatId = acceptedChat(80);
        assertThat(ws.api().post("/api/v1/chats/" + chatId + "/archive", null).text("/category")).isEqualTo("archive");
        assertThat(counts()).containsEntry("archive", 1).containsEntry("accepted", 0);

        telegram.post(Payloads.telegram("text", 81, 181, 80));
        JsonNode chat = ws.api().get("/api/v1/chats/" + chatId).json();
        assertThat(chat.at("/category").asString()).isEqualTo("new");
        assertThat(counts()).containsEntry("new", 1).containsEntry("archive", 0);
        List<JsonNode> events = history(chatId).stream().filter(m -> m.at("/direction").asString().equals("event"))
                .toList();
        assertThat(events).extracting(e -> e.at("/event/kind").asString())
                .containsExactly("accepted", "archived", "reopened");
        assertThat(events.get(1).at("/text").asString()).isEqualTo("Olga Owner archived the chat");
    }

    @Test
    void aNoteIsStoredButNeverSent() {
        String chatId = acceptedChat(90);
        Api.Response note = ws.api().post("/api/v1/chats/" + chatId + "/notes", Map.of("text", "VIP, call after 6pm"));
        assertThat(note.status()).isEqualTo(201);
        assertThat(note.text("/direction")).isEqualTo("note");
        assertThat(note.json().at("/status").isNull()).isTrue();
        assertThat(fake.calls("sendMessage")).isEmpty();
    }

    @Test
    void anEmptyAnswerIsRefusedAndNothingIsStored() {
        String chatId = acceptedChat(100);
        Api.Response r = ws.api().post("/api/v1/chats/" + chatId + "/messages", Map.of("text", "   "));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().at("/errors/0/field").asString()).isEqualTo("text");
        Api.Response unknownFile = ws.api().post("/api/v1/chats/" + chatId + "/messages",
                Map.of("text", "see file", "attachmentIds", List.of("01900000-0000-7000-8000-000000000000")));
        assertThat(unknownFile.status()).isEqualTo(422);
        assertThat(history(chatId)).extracting(m -> m.at("/direction").asString()).containsExactly("in", "event");
    }

    @Test
    void anotherWorkspaceSeesNothingOfThisOne() {
        telegram.post(Payloads.telegram("text", 110, 101, CLIENT));
        String chatId = onlyChat("new").at("/id").asString();
        TestWorkspace other = TestWorkspace.signUp(port);

        assertThat(other.api().get("/api/v1/chats/" + chatId).status()).isEqualTo(404);
        assertThat(other.api().get("/api/v1/chats/" + chatId + "/messages").status()).isEqualTo(404);
        assertThat(other.api().post("/api/v1/chats/" + chatId + "/accept", null).status()).isEqualTo(404);
        assertThat(other.api().post("/api/v1/chats/" + chatId + "/messages", Map.of("text", "hi")).status())
                .isEqualTo(404);
        assertThat(other.api().get("/api/v1/channels/" + telegram.channelId()).status()).isEqualTo(404);
        assertThat(other.api().get("/api/v1/chats?category=new").json().at("/items").size()).isZero();
        assertThat(other.api().get("/api/v1/chats/counts").json().at("/new").asInt()).isZero();
    }

    private String acceptedChat(long clientId) {
        telegram.post(Payloads.telegram("text", clientId * 1000, 101, clientId));
        String chatId = ws.api().get("/api/v1/chats?category=new").json().at("/items/0/id").asString();
        ws.api().post("/api/v1/chats/" + chatId + "/accept", null);
        return chatId;
    }

    private String upload(String name, String type, byte[] bytes) {
        String boundary = "----switchboard-test";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Api.Response r = ws.api().send("POST", "/api/v1/attachments", body.toByteArray(), "multipart/form-data; boundary=" + boundary);
        assertThat(r.status()).isEqualTo(201);
        return r.text("/id");
    }

    private JsonNode onlyChat(String category) {
        JsonNode items = ws.api().get("/api/v1/chats?category=" + category).json().at("/items");
        assertThat(items.size()).isEqualTo(1);
        return items.get(0);
    }

    private List<JsonNode> history(String chatId) {
        Api.Response r = ws.api().get("/api/v1/chats/" + chatId + "/messages");
        assertThat(r.status()).isEqualTo(200);
        List<JsonNode> items = new java.util.ArrayList<>();
        r.json().at("/items").forEach(items::add);
        return items;
    }

    private JsonNode lastMessage(String chatId) {
        return history(chatId).getLast();
    }

    private Map<String, Integer> counts() {
        JsonNode c = ws.api().get("/api/v1/chats/counts").json();
        return Map.of("new", c.at("/new").asInt(), "accepted", c.at("/accepted").asInt(),
                "archive", c.at("/archive").asInt(), "unread", c.at("/unread").asInt());
    }
}
