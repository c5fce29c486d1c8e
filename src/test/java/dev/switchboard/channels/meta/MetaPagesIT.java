package dev.switchboard.channels.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
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

/** Instagram and Facebook pages against a local fake of the Graph API, with Meta's own webhook payloads. */
@IntegrationTest
class MetaPagesIT {

    static final String IG = "17841405822304914";
    static final String PAGE = "102345678901234";
    static final String SECRET = "7d0c2b9e4a1f3c5d";

    @LocalServerPort
    int port;

    WireMockServer meta;
    TestWorkspace ws;

    @BeforeEach
    void start() {
        meta = new WireMockServer(wireMockConfig().dynamicPort());
        meta.start();
        meta.stubFor(get(urlPathEqualTo("/v21.0/" + IG)).willReturn(okJson(
                "{\"username\":\"fialka.flowers\",\"name\":\"Фиалка\",\"id\":\"" + IG + "\"}")));
        meta.stubFor(get(urlPathEqualTo("/v21.0/" + PAGE)).willReturn(okJson(
                "{\"name\":\"Fialka Flowers\",\"id\":\"" + PAGE + "\"}")));
        meta.stubFor(get(urlPathEqualTo("/v21.0/6830431290365001")).willReturn(okJson(
                "{\"name\":\"Анна Смирнова\",\"username\":\"anna.flowers\",\"id\":\"6830431290365001\"}")));
        meta.stubFor(get(urlPathEqualTo("/v21.0/17912345678901234")).willReturn(okJson(
                "{\"caption\":\"Букет «Весенний» — 3 500 ₽\",\"permalink\":\"https://www.instagram.com/p/C5kWq2LNvXa/\","
                        + "\"id\":\"17912345678901234\"}")));
        meta.stubFor(get(urlPathEqualTo("/v21.0/102345678901234_987654321012345")).willReturn(okJson(
                "{\"message\":\"Peonies are in!\",\"permalink_url\":\"https://www.facebook.com/102345678901234/posts/pfbid0Abc\","
                        + "\"id\":\"102345678901234_987654321012345\"}")));
        meta.stubFor(post(urlEqualTo("/v21.0/" + IG + "/messages")).willReturn(okJson(
                "{\"recipient_id\":\"6830431290365001\",\"message_id\":\"aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3OD\"}")));
        meta.stubFor(post(urlEqualTo("/v21.0/17865799348089039/replies")).willReturn(okJson("{\"id\":\"17870913679156914\"}")));
        meta.stubFor(post(urlEqualTo("/v21.0/987654321012345_111222333444555/comments"))
                .willReturn(okJson("{\"id\":\"987654321012345_111222333444999\"}")));
        meta.stubFor(post(urlEqualTo("/v21.0/" + IG + "/subscribed_apps")).willReturn(okJson("{\"success\":true}")));
        meta.stubFor(post(urlEqualTo("/v21.0/" + PAGE + "/subscribed_apps")).willReturn(okJson("{\"success\":true}")));
        ws = TestWorkspace.signUp(port, "en");
    }

    @AfterEach
    void stop() {
        meta.stop();
    }

    @Test
    void instagramDirectMessagesAndCommentsBecomeChatsAndAreAnsweredWhereTheyCameFrom() {
        String channel = connect("instagram", IG);
        assertThat(new Api(port).get("/hooks/" + channel + "?hub.mode=subscribe&hub.challenge=42&hub.verify_token=tok")
                .body()).isEqualTo("42");
        String dm = Payloads.text("meta/instagram-message.json");
        assertThat(hook(channel, dm, "sha256=0000").status()).isEqualTo(401);
        assertThat(signed(channel, dm).status()).isEqualTo(200);
        assertThat(signed(channel, dm).status()).isEqualTo(200);
        assertThat(signed(channel, Payloads.text("meta/instagram-echo.json")).status()).isEqualTo(200);
        assertThat(signed(channel, Payloads.text("meta/instagram-comment.json")).status()).isEqualTo(200);

        JsonNode chats = ws.api().get("/api/v1/chats?category=new&sort=lastActivity").json().at("/items");
        assertThat(chats.size()).isEqualTo(2);
        JsonNode direct = chats.get(0);
        assertThat(direct.at("/sourceType").asString()).isEqualTo("message");
        assertThat(direct.at("/client/name").asString()).isEqualTo("Анна Смирнова");
        assertThat(direct.at("/lastMessage/text").asString()).isEqualTo("Здравствуйте! Букет из поста ещё есть?");
        JsonNode comment = chats.get(1);
        assertThat(comment.at("/sourceType").asString()).isEqualTo("comment");
        assertThat(comment.at("/post/text").asString()).isEqualTo("Букет «Весенний» — 3 500 ₽");
        assertThat(comment.at("/post/url").asString()).isEqualTo("https://www.instagram.com/p/C5kWq2LNvXa/");
        assertThat(comment.at("/client/username").asString()).isEqualTo("anna.flowers");

        answer(direct.at("/id").asString(), "Да, есть! 3 500 ₽");
        JsonNode sent = Api.JSON.readTree(meta.findAll(postRequestedFor(urlEqualTo("/v21.0/" + IG + "/messages")))
                .getFirst().getBodyAsString());
        assertThat(sent.path("recipient").path("id").asString()).isEqualTo("6830431290365001");
        assertThat(sent.path("message").path("text").asString()).isEqualTo("Да, есть! 3 500 ₽");
        assertThat(sent.path("messaging_type").asString()).isEqualTo("RESPONSE");

        answer(comment.at("/id").asString(), "3 500 ₽, напишите нам в директ");
        JsonNode reply = Api.JSON.readTree(meta.findAll(postRequestedFor(urlEqualTo("/v21.0/17865799348089039/replies")))
                .getFirst().getBodyAsString());
        assertThat(reply.path("message").asString()).isEqualTo("3 500 ₽, напишите нам в директ");
    }

    @Test
    void aFacebookCommentIsAnsweredPubliclyAndMetasRefusalIsShown() {
        String channel = connect("facebook", PAGE);
        JsonNode subscribed = Api.JSON.readTree(meta.findAll(postRequestedFor(urlEqualTo("/v21.0/" + PAGE
                + "/subscribed_apps"))).getFirst().getBodyAsString());
        assertThat(subscribed.path("subscribed_fields").asString()).contains("messages").contains("feed");
        String comment = Payloads.text("meta/facebook-comment.json");
        assertThat(hook(channel, comment, "sha256=" + MetaHooks.hmac("another-app-secret",
                comment.getBytes(StandardCharsets.UTF_8))).status()).as("signed with another app's secret").isEqualTo(401);
        assertThat(ws.api().get("/api/v1/chats?category=new").json().at("/items").size()).isZero();
        assertThat(signed(channel, comment).status()).isEqualTo(200);
        assertThat(signed(channel, comment).status()).as("Meta repeats a delivery").isEqualTo(200);
        String reaction = Payloads.text("meta/facebook-comment.json").replace("\"item\": \"comment\"", "\"item\": \"reaction\"")
                .replace("111222333444555", "111222333444666");
        assertThat(signed(channel, reaction).status()).as("a reaction on the feed is acknowledged").isEqualTo(200);
        assertThat(ws.api().get("/api/v1/chats?category=new").json().at("/items").size()).isEqualTo(1);
        JsonNode chat = ws.api().get("/api/v1/chats?category=new").json().at("/items/0");
        assertThat(chat.at("/client/name").asString()).isEqualTo("Maria Ivanova");
        assertThat(ws.api().get("/api/v1/chats/" + chat.at("/id").asString() + "/messages").json().at("/items").size())
                .as("stored once").isEqualTo(1);
        assertThat(chat.at("/post/text").asString()).isEqualTo("Peonies are in!");
        answer(chat.at("/id").asString(), "Yes, every day from 9 to 21");
        JsonNode reply = Api.JSON.readTree(meta.findAll(postRequestedFor(
                urlEqualTo("/v21.0/987654321012345_111222333444555/comments"))).getFirst().getBodyAsString());
        assertThat(reply.path("message").asString()).isEqualTo("Yes, every day from 9 to 21");

        meta.stubFor(post(urlEqualTo("/v21.0/987654321012345_111222333444555/comments")).willReturn(aResponse()
                .withStatus(400).withHeader("Content-Type", "application/json").withBody("{\"error\":{\"message\":"
                        + "\"(#100) The comment has been deleted\",\"type\":\"OAuthException\",\"code\":100}}")));
        String id = chat.at("/id").asString();
        ws.api().post("/api/v1/chats/" + id + "/messages", Map.of("text", "Are you there?"));
        await().atMost(Duration.ofSeconds(10)).until(() -> "failed".equals(ws.lastOut(id).at("/status").asString()));
        assertThat(ws.lastOut(id).at("/error").asString()).isEqualTo("(#100) The comment has been deleted");
    }

    @Test
    void aCommentIsAnsweredInDirectAsAPrivateReplyWhileMetaAllowsIt() {
        meta.stubFor(post(urlEqualTo("/v21.0/" + PAGE + "/messages")).willReturn(okJson(
                "{\"recipient_id\":\"24836191259328641\",\"message_id\":\"m_private-reply-1\"}")));
        String chat = chatFrom("facebook", PAGE, "meta/facebook-comment.json");
        assertThat(ws.api().get("/api/v1/chats/" + chat).json().at("/replyWindow").isNull())
                .as("a public answer under a comment has no window").isTrue();

        Api.Response sent = ws.api().post("/api/v1/chats/" + chat + "/messages",
                Map.of("text", "Sent you the price list", "replyTo", Map.of("type", "direct")));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        assertThat(sent.text("/replyTo/type")).isEqualTo("direct");
        await().atMost(Duration.ofSeconds(10)).until(() -> "sent".equals(ws.lastOut(chat).at("/status").asString()));
        JsonNode call = Api.JSON.readTree(meta.findAll(postRequestedFor(urlEqualTo("/v21.0/" + PAGE + "/messages")))
                .getFirst().getBodyAsString());
        assertThat(call.at("/recipient/comment_id").asString()).isEqualTo("987654321012345_111222333444555");
        assertThat(call.at("/message/text").asString()).isEqualTo("Sent you the price list");
        assertThat(meta.findAll(postRequestedFor(urlEqualTo("/v21.0/987654321012345_111222333444555/comments"))))
                .isEmpty();

        db.sql("update messages set created_at = now() - interval '8 days' where chat_id = cast(:id as uuid)"
                + " and direction = 'in'").param("id", chat).update();
        Api.Response late = ws.api().post("/api/v1/chats/" + chat + "/messages",
                Map.of("text", "Still interested?", "replyTo", Map.of("type", "direct")));
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.text("/detail")).contains("within 7 days of the comment");
        assertThat(ws.api().post("/api/v1/chats/" + chat + "/messages", Map.of("text", "Still interested?",
                "replyTo", Map.of("type", "comment"))).status()).as("a public answer still goes").isEqualTo(201);
    }

    @Test
    void afterADayADirectAnswerGoesAsAHumanAgentsForAWeekAndTheWindowIsShown() {
        String chat = chatFrom("instagram", IG, "meta/instagram-message.json");
        JsonNode window = ws.api().get("/api/v1/chats/" + chat).json().at("/replyWindow");
        assertThat(window.at("/open").asBoolean()).isTrue();
        assertThat(window.at("/tagged").asBoolean()).isFalse();

        ageLastMessage(chat, Duration.ofHours(30));
        window = ws.api().get("/api/v1/chats/" + chat).json().at("/replyWindow");
        assertThat(window.at("/open").asBoolean()).isTrue();
        assertThat(window.at("/tagged").asBoolean()).isTrue();
        assertThat(java.time.Instant.parse(window.at("/taggedUntil").asString()))
                .isBetween(java.time.Instant.now().plus(Duration.ofHours(137)), java.time.Instant.now().plus(Duration.ofHours(139)));
        answer(chat, "Sorry for the wait: yes, we have it");
        JsonNode call = Api.JSON.readTree(meta.findAll(postRequestedFor(urlEqualTo("/v21.0/" + IG + "/messages")))
                .getFirst().getBodyAsString());
        assertThat(call.path("messaging_type").asString()).isEqualTo("MESSAGE_TAG");
        assertThat(call.path("tag").asString()).isEqualTo("HUMAN_AGENT");

        ageLastMessage(chat, Duration.ofDays(8));
        assertThat(ws.api().get("/api/v1/chats/" + chat).json().at("/replyWindow/open").asBoolean()).isFalse();
        Api.Response closed = ws.api().post("/api/v1/chats/" + chat + "/messages", Map.of("text", "Hello?"));
        assertThat(closed.status()).isEqualTo(422);
        assertThat(closed.text("/detail")).contains("within 7 days");
    }

    @Test
    void anImageInDirectBecomesAFileAndReadsReactionsAndMentionsStoreNothing() {
        meta.stubFor(get(urlEqualTo("/ig_messaging_cdn/?asset_id=17890123456789012&signature=AbzLq8")).willReturn(
                aResponse().withHeader("Content-Type", "image/jpeg").withBody(new byte[] {(byte) 0xFF, (byte) 0xD8,
                        (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'})));
        String channel = connect("instagram", IG);
        String body = Payloads.text("meta/instagram-image-and-others.json").replace("BASE", meta.baseUrl());
        assertThat(signed(channel, body).status()).isEqualTo(200);
        JsonNode chats = ws.api().get("/api/v1/chats?category=new").json().at("/items");
        assertThat(chats.size()).isEqualTo(1);
        JsonNode messages = ws.api().get("/api/v1/chats/" + chats.at("/0/id").asString() + "/messages").json()
                .at("/items");
        assertThat(messages.size()).as("the read receipt, the reaction and the mention add nothing").isEqualTo(1);
        assertThat(messages.at("/0/attachments/0/contentType").asString()).isEqualTo("image/jpeg");
        assertThat(chats.at("/0/lastMessage/text").asString()).contains("image.jpg");
        Api.Response image = ws.api().get(messages.at("/0/attachments/0/url").asString());
        assertThat(image.status()).isEqualTo(200);
        assertThat(image.body()).contains("JFIF");
    }

    @Test
    void aFileInDirectIsUploadedWithTheAttachmentUploadApiThenSentByItsId() {
        meta.stubFor(post(urlEqualTo("/v21.0/" + IG + "/message_attachments")).willReturn(okJson(
                "{\"attachment_id\":\"1857777774821032\"}")));
        String chat = chatFrom("instagram", IG, "meta/instagram-message.json");
        String photo = ws.api().upload("bouquet.png", "image/png", Api.PNG);
        assertThat(ws.api().post("/api/v1/chats/" + chat + "/messages", Map.of("text", "Вот он",
                "attachmentIds", java.util.List.of(photo))).status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(10)).until(() -> "sent".equals(ws.lastOut(chat).at("/status").asString()));

        String upload = meta.findAll(postRequestedFor(urlEqualTo("/v21.0/" + IG + "/message_attachments")))
                .getFirst().getBodyAsString();
        assertThat(upload).contains("name=\"platform\"").contains("instagram")
                .contains("\"type\":\"image\"").contains("\"is_reusable\":true")
                .contains("name=\"filedata\"; filename=\"bouquet.png\"").contains("Content-Type: image/png");
        var sent = meta.findAll(postRequestedFor(urlEqualTo("/v21.0/" + IG + "/messages"))).stream()
                .map(r -> Api.JSON.readTree(r.getBodyAsString())).toList();
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).at("/message/attachment/type").asString()).isEqualTo("image");
        assertThat(sent.get(0).at("/message/attachment/payload/attachment_id").asString()).isEqualTo("1857777774821032");
        assertThat(sent.get(0).at("/recipient/id").asString()).isEqualTo("6830431290365001");
        assertThat(sent.get(1).at("/message/text").asString()).isEqualTo("Вот он");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient db;

    /** The client's last message as if it came that long ago (time cannot be waited for in a test). */
    private void ageLastMessage(String chat, Duration ago) {
        db.sql("update chats set last_inbound_at = now() - make_interval(secs => :secs) where id = cast(:id as uuid)")
                .param("secs", ago.toSeconds()).param("id", chat).update();
    }

    /** Connects an account, replays a webhook to it, and answers the chat it made. */
    private String chatFrom(String type, String account, String payload) {
        signed(connect(type, account), Payloads.text(payload));
        return ws.api().get("/api/v1/chats?category=new").json().at("/items/0/id").asString();
    }

    private String connect(String type, String account) {
        Api.Response created = ws.api().post("/api/v1/channels", Map.of("type", type, "name", type + " account",
                "settings", Map.of("pageId", account, "accessToken", "EAAB-page-token-0123456789", "appSecret", SECRET,
                        "verifyToken", "tok", "apiBaseUrl", meta.baseUrl())));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.text("/id");
    }

    private void answer(String chat, String text) {
        assertThat(ws.api().post("/api/v1/chats/" + chat + "/messages", Map.of("text", text)).status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(10)).until(() -> "sent".equals(ws.lastOut(chat).at("/status").asString()));
    }


    private Api.Response signed(String channel, String body) {
        return hook(channel, body, "sha256=" + MetaHooks.hmac(SECRET, body.getBytes(StandardCharsets.UTF_8)));
    }

    private Api.Response hook(String channel, String body, String signature) {
        return new Api(port).header("X-Hub-Signature-256", signature).postRaw("/hooks/" + channel, body,
                "application/json");
    }
}
