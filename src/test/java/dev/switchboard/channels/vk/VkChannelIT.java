package dev.switchboard.channels.vk;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.switchboard.support.Api;
import dev.switchboard.support.IntegrationTest;
import dev.switchboard.support.Payloads;
import dev.switchboard.support.TestWorkspace;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A VK community against a local fake of the VK API, with VK's own Callback API events. */
@IntegrationTest
class VkChannelIT {

    static final String GROUP = "218765432";
    static final String SECRET = "s3cr3t-Fialka-2026";
    static final String CODE = "d8f0a3c1";

    @LocalServerPort
    int port;

    WireMockServer vk;
    TestWorkspace ws;
    String channelId;

    @BeforeEach
    void connect() {
        vk = new WireMockServer(wireMockConfig().dynamicPort());
        vk.start();
        answer("groups.getById", "{\"response\":{\"groups\":[{\"id\":218765432,\"name\":\"Фиалка — цветы с доставкой\","
                + "\"screen_name\":\"fialka\",\"type\":\"page\"}],\"profiles\":[]}}");
        answer("users.get", "{\"response\":[{\"id\":210700286,\"first_name\":\"Lindsey\",\"last_name\":\"Stirling\","
                + "\"screen_name\":\"lindseystirling\",\"can_access_closed\":true,\"is_closed\":false}]}");
        answer("wall.getById", "{\"response\":{\"items\":[{\"id\":1543,\"owner_id\":-218765432,\"from_id\":-218765432,"
                + "\"date\":1763900000,\"text\":\"Букет «Весенний» — 3 500 ₽\"}]}}");
        answer("messages.send", "{\"response\":1234}");
        answer("wall.createComment", "{\"response\":{\"comment_id\":78,\"parents_stack\":[]}}");
        answer("groups.getCallbackConfirmationCode", "{\"response\":{\"code\":\"5a9c2e71\"}}");
        answer("groups.getCallbackServers", "{\"response\":{\"count\":0,\"items\":[]}}");
        answer("groups.addCallbackServer", "{\"response\":{\"server_id\":3}}");
        answer("groups.editCallbackServer", "{\"response\":1}");
        answer("groups.setCallbackSettings", "{\"response\":1}");
        ws = TestWorkspace.signUp(port, "en");
        Api.Response created = ws.api().post("/api/v1/channels", Map.of("type", "vk", "name", "ВКонтакте: Фиалка",
                "settings", Map.of("groupId", GROUP, "accessToken", "vk1.a.Fialka-community-token-0123456789",
                        "secret", SECRET, "confirmationCode", CODE, "apiBaseUrl", vk.baseUrl())));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        channelId = created.text("/id");
    }

    @AfterEach
    void stop() {
        vk.stop();
    }

    @Test
    void withATokenThatManagesTheCommunityTheHookIsAddedToTheCallbackApiByItself() {
        Api.Response created = ws.api().post("/api/v1/channels", Map.of("type", "vk", "name", "VK", "settings",
                Map.of("groupId", "club" + GROUP, "accessToken", "vk1.a.Fialka-community-token-0123456789",
                        "apiBaseUrl", vk.baseUrl())));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.text("/id");
        Map<String, String> added = Payloads.form(vk.findAll(postRequestedFor(urlEqualTo("/method/groups.addCallbackServer")))
                .getLast().getBodyAsString());
        assertThat(added).containsEntry("group_id", GROUP)
                .containsEntry("url", "https://switchboard.example.test/hooks/" + id).containsEntry("title", "Switchboard");
        String secret = added.get("secret_key");
        assertThat(secret).matches("[A-Za-z0-9]{40}");
        Map<String, String> events = Payloads.form(vk.findAll(postRequestedFor(urlEqualTo("/method/groups.setCallbackSettings")))
                .getLast().getBodyAsString());
        assertThat(events).containsEntry("server_id", "3").containsEntry("api_version", "5.199")
                .containsEntry("message_new", "1").containsEntry("message_reply", "1")
                .containsEntry("message_edit", "1").containsEntry("wall_reply_new", "1");
        assertThat(ws.api().get("/api/v1/channels/" + id).json().at("/problem").isNull()).isTrue();

        Api.Response confirmation = new Api(port).postRaw("/hooks/" + id,
                "{\"type\":\"confirmation\",\"group_id\":" + GROUP + "}", "application/json");
        assertThat(confirmation.body()).as("the code VK gave").isEqualTo("5a9c2e71");
        assertThat(new Api(port).postRaw("/hooks/" + id, Payloads.text("vk/message-new.json").replace("SECRET", secret),
                "application/json").body()).isEqualTo("ok");

        answer("groups.getCallbackServers", "{\"response\":{\"count\":1,\"items\":[{\"id\":3,\"title\":\"Switchboard\","
                + "\"url\":\"https://switchboard.example.test/hooks/" + id + "\",\"status\":\"ok\"}]}}");
        assertThat(ws.api().patch("/api/v1/channels/" + id, Map.of("settings", Map.of("secret", "new-Secret-2026")))
                .status()).isEqualTo(200);
        Map<String, String> edited = Payloads.form(vk.findAll(postRequestedFor(urlEqualTo("/method/groups.editCallbackServer")))
                .getLast().getBodyAsString());
        assertThat(edited).containsEntry("server_id", "3").containsEntry("secret_key", "new-Secret-2026");
        assertThat(vk.findAll(postRequestedFor(urlEqualTo("/method/groups.addCallbackServer")))).hasSize(2);
    }

    @Test
    void aTokenThatMayNotManageTheCommunityLeavesTheChannelWithWhatToDoByHand() {
        answer("groups.getCallbackServers", "{\"error\":{\"error_code\":15,\"error_msg\":\"Access denied: no access to"
                + " call this method\",\"request_params\":[]}}");
        Api.Response created = ws.api().post("/api/v1/channels", Map.of("type", "vk", "name", "VK", "settings",
                Map.of("groupId", GROUP, "accessToken", "vk1.a.Fialka-community-token-0123456789", "confirmationCode",
                        "d8f0a3c1", "apiBaseUrl", vk.baseUrl())));
        assertThat(created.status()).isEqualTo(201);
        JsonNode channel = ws.api().get("/api/v1/channels/" + created.text("/id")).json();
        assertThat(channel.at("/problem").asString()).contains("[15] Access denied").contains("by hand");
        assertThat(channel.at("/settings/confirmationCode").asString()).isEqualTo("d8f0a3c1");
    }

    @Test
    void vkConfirmsTheHookAndEveryEventMustCarryTheSecret() {
        Api.Response confirmation = hook("{\"type\":\"confirmation\",\"group_id\":218765432}");
        assertThat(confirmation.status()).isEqualTo(200);
        assertThat(confirmation.body()).isEqualTo(CODE);
        assertThat(hook("{\"type\":\"confirmation\",\"group_id\":1}").status()).isEqualTo(403);

        String event = Payloads.text("vk/message-new.json");
        assertThat(hook(event.replace("SECRET", "guess")).status()).isEqualTo(401);
        assertThat(hook(event.replace("\"SECRET\"", "null")).status()).isEqualTo(401);
        assertThat(ws.api().get("/api/v1/chats?category=new").json().at("/items").size()).isZero();
        assertThat(hook("{\"type\":").status()).isEqualTo(400);

        Api.Response ok = hook(event.replace("SECRET", SECRET));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("ok");
        assertThat(hook(event.replace("SECRET", SECRET)).body()).as("VK repeats an event").isEqualTo("ok");
        assertThat(hook(Payloads.text("vk/group-join.json").replace("SECRET", SECRET)).body()).isEqualTo("ok");

        JsonNode chats = ws.api().get("/api/v1/chats?category=new").json().at("/items");
        assertThat(chats.size()).isEqualTo(1);
        assertThat(chats.get(0).at("/client/name").asString()).isEqualTo("Lindsey Stirling");
        assertThat(chats.get(0).at("/client/username").asString()).isEqualTo("lindseystirling");
        String chat = chats.get(0).at("/id").asString();
        assertThat(texts(chat)).containsExactly("Здравствуйте! Сколько стоит букет «Весенний»?");

        hook(Payloads.text("vk/message-edit.json").replace("SECRET", SECRET));
        assertThat(texts(chat)).containsExactly("Здравствуйте! Сколько стоит букет «Весенний» с доставкой?");
    }

    @Test
    void anAnswerGoesWithMessagesSendAndARandomIdThatStaysTheSame() {
        hook(Payloads.text("vk/message-new.json").replace("SECRET", SECRET));
        String chat = ws.api().get("/api/v1/chats?category=new").json().at("/items/0/id").asString();
        ws.api().post("/api/v1/chats/" + chat + "/messages", Map.of("text", "Здравствуйте, Линдси! 3 500 ₽"));
        await().atMost(Duration.ofSeconds(10)).until(() -> "sent".equals(ws.lastOut(chat).at("/status").asString()));
        Map<String, String> sent = Payloads.form(vk.findAll(postRequestedFor(urlEqualTo("/method/messages.send")))
                .getFirst().getBodyAsString());
        assertThat(sent).containsEntry("peer_id", "210700286").containsEntry("message", "Здравствуйте, Линдси! 3 500 ₽")
                .containsEntry("v", "5.199").containsKey("random_id");
        assertThat(Long.parseLong(sent.get("random_id"))).isPositive();
        assertThat(ws.lastOut(chat).at("/externalId").asString()).isEqualTo("1234");

        answer("messages.send", "{\"error\":{\"error_code\":901,\"error_msg\":\"Can't send messages for users without"
                + " permission\",\"request_params\":[]}}");
        ws.api().post("/api/v1/chats/" + chat + "/messages", Map.of("text", "Are you there?"));
        await().atMost(Duration.ofSeconds(10)).until(() -> "failed".equals(ws.lastOut(chat).at("/status").asString()));
        assertThat(ws.lastOut(chat).at("/error").asString()).isEqualTo("[901] Can't send messages for users without permission");
    }

    @Test
    void anAnswerACommunityAdminWroteInVkJoinsTheHistoryOnceAndOursAreNotDoubled() {
        String reply = Payloads.text("vk/message-reply.json").replace("SECRET", SECRET);
        assertThat(hook(reply).body()).as("no chat yet: nothing to add to").isEqualTo("ok");
        assertThat(ws.api().get("/api/v1/chats?category=new").json().at("/items").size()).isZero();

        hook(Payloads.text("vk/message-new.json").replace("SECRET", SECRET));
        String chat = ws.api().get("/api/v1/chats?category=new").json().at("/items/0/id").asString();
        hook(reply);
        hook(reply);
        java.util.List<JsonNode> out = ws.messages(chat, "out");
        assertThat(out).hasSize(1);
        assertThat(out.getFirst().at("/text").asString()).isEqualTo("Линдси, букет будет готов к 18:00");
        assertThat(out.getFirst().at("/status").asString()).isEqualTo("sent");
        assertThat(out.getFirst().at("/externalId").asString()).isEqualTo("350");
        assertThat(ws.api().get("/api/v1/chats/" + chat).json().at("/lastMessage/direction").asString()).isEqualTo("out");

        send(chat, Map.of("text", "Ждём вас"));
        String ours = reply.replace("\"admin_author_id\": 38912345,", "").replace("\"id\": 350", "\"id\": 1234")
                .replace("Линдси, букет будет готов к 18:00", "Ждём вас");
        assertThat(hook(ours).body()).isEqualTo("ok");
        assertThat(ws.messages(chat, "out")).extracting(m -> m.at("/text").asString())
                .containsExactly("Линдси, букет будет готов к 18:00", "Ждём вас");
    }

    @Test
    void aCommentUnderAPostBecomesACommentChatAnsweredWithWallCreateComment() {
        hook(Payloads.text("vk/wall-reply-new.json").replace("SECRET", SECRET));
        JsonNode chat = ws.api().get("/api/v1/chats?category=new").json().at("/items/0");
        assertThat(chat.at("/sourceType").asString()).isEqualTo("comment");
        assertThat(chat.at("/post/text").asString()).isEqualTo("Букет «Весенний» — 3 500 ₽");
        assertThat(chat.at("/post/url").asString()).isEqualTo("https://vk.com/wall-218765432_1543");
        String id = chat.at("/id").asString();
        assertThat(texts(id)).containsExactly("А в розовом цвете есть?");

        ws.api().post("/api/v1/chats/" + id + "/messages", Map.of("text", "Есть, 3 700 ₽"));
        await().atMost(Duration.ofSeconds(10)).until(() -> "sent".equals(ws.lastOut(id).at("/status").asString()));
        Map<String, String> comment = Payloads.form(vk.findAll(postRequestedFor(urlEqualTo("/method/wall.createComment")))
                .getFirst().getBodyAsString());
        assertThat(comment).containsEntry("owner_id", "-218765432").containsEntry("post_id", "1543")
                .containsEntry("reply_to_comment", "77").containsEntry("from_group", GROUP)
                .containsEntry("message", "Есть, 3 700 ₽");
        assertThat(vk.findAll(postRequestedFor(urlEqualTo("/method/messages.send")))).isEmpty();
    }

    @Test
    void theOperatorChoosesWhichCommentToAnswerUnderOrAnswersInDirectMessages() {
        String first = Payloads.text("vk/wall-reply-new.json").replace("SECRET", SECRET);
        hook(first);
        hook(first.replace("\"id\": 77", "\"id\": 79").replace("c4e5f6a7b8", "d5e6f7a8b9")
                .replace("А в розовом цвете есть?", "И доставка сегодня успеете?"));
        JsonNode chats = ws.api().get("/api/v1/chats?category=new").json().at("/items");
        assertThat(chats.size()).as("one chat per client and post").isEqualTo(1);
        String id = chats.at("/0/id").asString();
        assertThat(ws.messages(id, "in")).extracting(m -> m.at("/externalId").asString())
                .containsExactly("comment:77", "comment:79");

        send(id, Map.of("text", "Успеем до 21:00"));
        send(id, Map.of("text", "Да, розовые есть", "replyTo", Map.of("type", "comment", "commentId", "77")));
        send(id, Map.of("text", "Написали вам в личные сообщения", "replyTo", Map.of("type", "direct")));

        var comments77 = vk.findAll(postRequestedFor(urlEqualTo("/method/wall.createComment"))).stream()
                .map(r -> Payloads.form(r.getBodyAsString())).toList();
        assertThat(comments77).extracting(c -> c.get("reply_to_comment") + ": " + c.get("message"))
                .containsExactly("79: Успеем до 21:00", "77: Да, розовые есть");
        Map<String, String> direct = Payloads.form(vk.findAll(postRequestedFor(urlEqualTo("/method/messages.send")))
                .getFirst().getBodyAsString());
        assertThat(direct).containsEntry("peer_id", "210700286")
                .containsEntry("message", "Написали вам в личные сообщения");
        assertThat(ws.messages(id, "out")).extracting(m -> m.at("/replyTo/type").asString() + " "
                + m.at("/replyTo/commentId").asString("")).containsExactly("comment 79", "comment 77", "direct ");

        Api.Response unknown = ws.api().post("/api/v1/chats/" + id + "/messages",
                Map.of("text", "?", "replyTo", Map.of("type", "comment", "commentId", "12345")));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.text("/detail")).contains("12345");
        assertThat(ws.api().post("/api/v1/chats/" + id + "/messages", Map.of("text", "?", "replyTo",
                Map.of("type", "wall"))).status()).isEqualTo(400);
        assertThat(ws.messages(id, "out")).as("a refused answer stores nothing").hasSize(3);

        hook(Payloads.text("vk/message-new.json").replace("SECRET", SECRET));
        String dm = ws.api().get("/api/v1/chats?category=new&sourceType=message").json().at("/items/0/id").asString();
        Api.Response underNothing = ws.api().post("/api/v1/chats/" + dm + "/messages",
                Map.of("text", "?", "replyTo", Map.of("type", "comment", "commentId", "77")));
        assertThat(underNothing.status()).isEqualTo(422);
        assertThat(underNothing.text("/detail")).contains("direct conversation");
    }

    @Test
    void photosAndDocumentsFromVkBecomeFilesAndOtherAttachmentsAreNamed() {
        vk.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo(
                "/impg/w/photo457239017.jpg?size=960x1280")).willReturn(com.github.tomakehurst.wiremock.client.WireMock
                .aResponse().withHeader("Content-Type", "image/jpeg").withBody(new byte[] {(byte) 0xFF, (byte) 0xD8,
                        (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'})));
        vk.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo(
                "/doc210700286_674512093?hash=9a8b7c&dl=GE3DIMJ")).willReturn(com.github.tomakehurst.wiremock.client
                .WireMock.aResponse().withHeader("Content-Type", "application/pdf").withBody("%PDF-1.4 address")));
        assertThat(hook(Payloads.text("vk/message-photo-doc.json").replace("SECRET", SECRET)
                .replace("BASE", vk.baseUrl())).body()).isEqualTo("ok");
        String chat = ws.api().get("/api/v1/chats?category=new").json().at("/items/0/id").asString();
        JsonNode message = ws.api().get("/api/v1/chats/" + chat + "/messages").json().at("/items/0");
        assertThat(message.at("/text").asString()).isEqualTo("Вот такой хочу, адрес во вложении [sticker]");
        JsonNode files = message.at("/attachments");
        assertThat(files.size()).isEqualTo(2);
        assertThat(files.at("/0/contentType").asString()).isEqualTo("image/jpeg");
        assertThat(files.at("/1/name").asString()).isEqualTo("Адрес доставки.pdf");
        Api.Response photo = ws.api().get(files.at("/0/url").asString());
        assertThat(photo.status()).isEqualTo(200);
        assertThat(photo.body()).contains("JFIF");
        Api.Response doc = ws.api().get(files.at("/1/url").asString());
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.body()).isEqualTo("%PDF-1.4 address");
    }

    @Test
    void aPhotoAndADocumentGoThroughVksUploadServersAndArriveAsAttachments() {
        hook(Payloads.text("vk/message-new.json").replace("SECRET", SECRET));
        String chat = ws.api().get("/api/v1/chats?category=new").json().at("/items/0/id").asString();
        answer("photos.getMessagesUploadServer", "{\"response\":{\"album_id\":-64,\"upload_url\":\"" + vk.baseUrl()
                + "/upload/photo?act=do_add&mid=218765432\",\"user_id\":0,\"group_id\":218765432}}");
        vk.stubFor(post(urlEqualTo("/upload/photo?act=do_add&mid=218765432")).willReturn(okJson(
                "{\"server\":852432,\"photo\":\"[{\\\"markers_restarted\\\":true,\\\"photo\\\":\\\"3f1c0e2a:w\\\"}]\","
                        + "\"hash\":\"8ad7b9c44e12f0e1\"}")));
        answer("photos.saveMessagesPhoto", "{\"response\":[{\"album_id\":-64,\"date\":1764000500,\"id\":457239101,"
                + "\"owner_id\":-218765432,\"access_key\":\"c5e8a1b2d3\",\"sizes\":[],\"text\":\"\"}]}");
        answer("docs.getMessagesUploadServer", "{\"response\":{\"upload_url\":\"" + vk.baseUrl()
                + "/upload/doc?act=add_doc&mid=218765432\"}}");
        vk.stubFor(post(urlEqualTo("/upload/doc?act=add_doc&mid=218765432")).willReturn(okJson(
                "{\"file\":\"218765432|0|-1|852432|9f0c1a2b3c|pdf|18342|price.pdf|d1e2f3|a4b5c6|-1\"}")));
        answer("docs.save", "{\"response\":{\"type\":\"doc\",\"doc\":{\"id\":674512200,\"owner_id\":-218765432,"
                + "\"title\":\"price.pdf\",\"size\":18342,\"ext\":\"pdf\",\"url\":\"https://vk.com/doc-218765432_674512200\"}}}");
        String photo = ws.api().upload("bouquet.png", "image/png", Api.PNG);
        String price = ws.api().upload("price.pdf", "application/pdf", "%PDF-1.4 prices".getBytes(StandardCharsets.UTF_8));

        send(chat, Map.of("text", "Вот он и прайс", "attachmentIds", java.util.List.of(photo, price)));

        var uploads = vk.findAll(postRequestedFor(urlEqualTo("/upload/photo?act=do_add&mid=218765432")));
        assertThat(uploads).hasSize(1);
        assertThat(uploads.getFirst().getBodyAsString()).contains("name=\"photo\"").contains("filename=\"bouquet.png\"");
        assertThat(Payloads.form(vk.findAll(postRequestedFor(urlEqualTo("/method/photos.getMessagesUploadServer"))).getFirst()
                .getBodyAsString())).containsEntry("peer_id", "210700286");
        assertThat(Payloads.form(vk.findAll(postRequestedFor(urlEqualTo("/method/photos.saveMessagesPhoto"))).getFirst()
                .getBodyAsString())).containsEntry("server", "852432").containsEntry("hash", "8ad7b9c44e12f0e1");
        assertThat(vk.findAll(postRequestedFor(urlEqualTo("/upload/doc?act=add_doc&mid=218765432"))).getFirst()
                .getBodyAsString()).contains("name=\"file\"").contains("%PDF-1.4 prices");
        Map<String, String> sent = Payloads.form(vk.findAll(postRequestedFor(urlEqualTo("/method/messages.send")))
                .getFirst().getBodyAsString());
        assertThat(sent).containsEntry("message", "Вот он и прайс")
                .containsEntry("attachment", "photo-218765432_457239101_c5e8a1b2d3,doc-218765432_674512200");

        hook(Payloads.text("vk/wall-reply-new.json").replace("SECRET", SECRET));
        String comment = ws.api().get("/api/v1/chats?category=new&sourceType=comment").json().at("/items/0/id").asString();
        String another = ws.api().upload("bouquet.png", "image/png", Api.PNG);
        Api.Response underComment = ws.api().post("/api/v1/chats/" + comment + "/messages", Map.of("text", "Вот",
                "attachmentIds", java.util.List.of(another)));
        assertThat(underComment.status()).isEqualTo(422);
        assertThat(underComment.text("/detail")).contains("Files go in direct messages only");
        send(comment, Map.of("text", "Вот", "attachmentIds", java.util.List.of(another), "replyTo",
                Map.of("type", "direct")));
        assertThat(Payloads.form(vk.findAll(postRequestedFor(urlEqualTo("/method/messages.send"))).getLast().getBodyAsString()))
                .as("the same file goes in direct").containsEntry("peer_id", "210700286")
                .containsEntry("attachment", "photo-218765432_457239101_c5e8a1b2d3");
    }


    private void send(String chat, Map<String, Object> body) {
        Api.Response sent = ws.api().post("/api/v1/chats/" + chat + "/messages", body);
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        String id = sent.text("/id");
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            for (JsonNode m : ws.api().get("/api/v1/chats/" + chat + "/messages").json().at("/items")) {
                if (id.equals(m.at("/id").asString())) {
                    return "sent".equals(m.at("/status").asString());
                }
            }
            return false;
        });
    }

    private void answer(String method, String json) {
        vk.stubFor(post(urlEqualTo("/method/" + method)).withRequestBody(containing("access_token="))
                .willReturn(okJson(json)));
    }

    private Api.Response hook(String body) {
        return new Api(port).postRaw("/hooks/" + channelId, body, "application/json");
    }

    private java.util.List<String> texts(String chat) {
        java.util.List<String> texts = new java.util.ArrayList<>();
        ws.api().get("/api/v1/chats/" + chat + "/messages").json().at("/items").forEach(m -> {
            if ("in".equals(m.at("/direction").asString())) {
                texts.add(m.at("/text").asString());
            }
        });
        return texts;
    }


}
