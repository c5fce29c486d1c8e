package dev.switchboard.channels.whatsapp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
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
import dev.switchboard.channels.meta.MetaHooks;
import dev.switchboard.support.Api;
import dev.switchboard.support.IntegrationTest;
import dev.switchboard.support.Payloads;
import dev.switchboard.support.TestWorkspace;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * WhatsApp Business Cloud API against a local fake of the Graph API, with Meta's own webhook
 * payloads: verification, signatures, messages of every common type, statuses of our
 * messages, and sending.
 */
@IntegrationTest
class WhatsAppChannelIT {

    static final String NUMBER = "106540352242922";
    static final String SECRET = "4f1e8a2b9c7d6e5f4a3b2c1d0e9f8a7b";
    static final String VERIFY = "meatyhamhock";
    static final String BUSINESS = "102290129340398";

    @LocalServerPort
    int port;

    WireMockServer meta;
    TestWorkspace ws;
    String channelId;

    @BeforeEach
    void connect() {
        meta = new WireMockServer(wireMockConfig().dynamicPort());
        meta.start();
        meta.stubFor(get(urlPathEqualTo("/v21.0/" + NUMBER)).willReturn(okJson(
                "{\"verified_name\":\"Fialka Flowers\",\"display_phone_number\":\"+1 555-078-3881\",\"id\":\"" + NUMBER + "\"}")));
        meta.stubFor(post(urlEqualTo("/v21.0/" + NUMBER + "/messages"))
                .willReturn(okJson(Payloads.text("whatsapp/send-message.json"))));
        meta.stubFor(post(urlEqualTo("/v21.0/" + BUSINESS + "/subscribed_apps")).willReturn(okJson("{\"success\":true}")));
        ws = TestWorkspace.signUp(port, "en");
        Api.Response created = ws.api().post("/api/v1/channels", Map.of("type", "whatsapp", "name", "WhatsApp sales",
                "settings", Map.of("phoneNumberId", NUMBER, "accessToken", "EAAGm0PX4ZCpsBAKZBZC1234567890",
                        "appSecret", SECRET, "verifyToken", VERIFY, "apiBaseUrl", meta.baseUrl(),
                        "businessAccountId", BUSINESS)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(meta.findAll(postRequestedFor(urlEqualTo("/v21.0/" + BUSINESS + "/subscribed_apps"))))
                .as("the business account sends its webhooks to the app").hasSize(1);
        channelId = created.text("/id");
    }

    @AfterEach
    void stop() {
        meta.stop();
    }

    @Test
    void connectingChecksTheNumberAndMetaVerifiesTheHookWithTheVerifyToken() {
        JsonNode channel = ws.api().get("/api/v1/channels/" + channelId).json();
        assertThat(channel.at("/settings/verifiedName").asString()).isEqualTo("Fialka Flowers");
        assertThat(channel.at("/settings/appSecret").asString()).doesNotContain(SECRET.substring(0, 10));
        assertThat(channel.at("/settings/accessToken").asString()).doesNotContain("EAAGm0PX4Z");
        assertThat(channel.at("/canWriteFirst").asBoolean()).isTrue();

        Api.Response ok = new Api(port).get("/hooks/" + channelId
                + "?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=" + VERIFY);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("1158201444");
        assertThat(new Api(port).get("/hooks/" + channelId
                + "?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=guess").status()).isEqualTo(403);

        meta.stubFor(get(urlPathEqualTo("/v21.0/999999")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":{\"message\":\"Invalid OAuth access token"
                        + " - Cannot parse access token\",\"type\":\"OAuthException\",\"code\":190}}")));
        Api.Response refused = ws.api().post("/api/v1/channels", Map.of("type", "whatsapp", "name", "Wrong",
                "settings", Map.of("phoneNumberId", "999999", "accessToken", "bad", "appSecret", SECRET,
                        "verifyToken", VERIFY, "apiBaseUrl", meta.baseUrl())));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("/detail")).contains("Invalid OAuth access token");
    }

    @Test
    void aSignedMessageBecomesAChatOnceAndAnUnsignedOneStoresNothing() {
        String text = Payloads.text("whatsapp/text.json");
        assertThat(hook(text, "sha256=" + MetaHooks.hmac("another secret", bytes(text))).status())
                .isEqualTo(401);
        assertThat(hook(text, null).status()).isEqualTo(401);
        assertThat(ws.api().get("/api/v1/chats?category=new").json().at("/items").size()).isZero();

        assertThat(signed(text).status()).isEqualTo(200);
        assertThat(signed(text).status()).as("Meta delivers again").isEqualTo(200);
        assertThat(signed(Payloads.text("whatsapp/account-update.json")).status()).isEqualTo(200);
        assertThat(signed("{\"object\":").status()).isEqualTo(400);

        JsonNode chats = ws.api().get("/api/v1/chats?category=new").json().at("/items");
        assertThat(chats.size()).isEqualTo(1);
        JsonNode chat = chats.get(0);
        assertThat(chat.at("/client/name").asString()).isEqualTo("Sheena Nelson");
        assertThat(chat.at("/client/phone").asString()).isEqualTo("+16505551234");
        assertThat(chat.at("/channel/type").asString()).isEqualTo("whatsapp");
        JsonNode messages = ws.api().get("/api/v1/chats/" + chat.at("/id").asString() + "/messages").json().at("/items");
        assertThat(messages.size()).isEqualTo(1);
        assertThat(messages.get(0).at("/text").asString()).isEqualTo("Does it come in another color?");
    }

    @Test
    void mediaLocationsAndContactsArriveReadable() {
        byte[] photo = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
        meta.stubFor(get(urlEqualTo("/v21.0/1003383421387256")).willReturn(okJson("{\"url\":\"" + meta.baseUrl()
                + "/whatsapp_business/attachments/?mid=1003383421387256\",\"mime_type\":\"image/jpeg\","
                + "\"sha256\":\"a5f2\",\"file_size\":\"10\",\"id\":\"1003383421387256\",\"messaging_product\":\"whatsapp\"}")));
        meta.stubFor(get(urlEqualTo("/whatsapp_business/attachments/?mid=1003383421387256"))
                .withHeader("Authorization", equalTo("Bearer EAAGm0PX4ZCpsBAKZBZC1234567890"))
                .willReturn(aResponse().withHeader("Content-Type", "image/jpeg").withBody(photo)));
        assertThat(signed(Payloads.text("whatsapp/image.json")).status()).isEqualTo(200);
        assertThat(signed(Payloads.text("whatsapp/location-and-contacts.json")).status()).isEqualTo(200);

        String chat = ws.api().get("/api/v1/chats?category=new").json().at("/items/0/id").asString();
        JsonNode messages = ws.api().get("/api/v1/chats/" + chat + "/messages").json().at("/items");
        assertThat(messages.size()).isEqualTo(3);
        JsonNode image = messages.get(0);
        assertThat(image.at("/text").asString()).isEqualTo("This one, but in blue");
        assertThat(image.at("/attachments/0/contentType").asString()).isEqualTo("image/jpeg");
        Api.Response download = ws.api().get(image.at("/attachments/0/url").asString());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body().getBytes(StandardCharsets.ISO_8859_1).length).isPositive();
        assertThat(messages.get(1).at("/text").asString()).contains("Main office")
                .contains("1 Hacker Way, Menlo Park").contains("37.483307,-122.148981");
        assertThat(messages.get(2).at("/text").asString()).isEqualTo("👤 Barbara Johnson: +1 (940) 555-1234");
    }

    @Test
    void documentsVoiceNotesAndVideosArriveAsFilesAndAnUnsupportedMessageIsNamed() {
        assertThat(signed(Payloads.text("whatsapp/document-audio-video.json")).status()).isEqualTo(200);
        String chat = ws.api().get("/api/v1/chats?category=new").json().at("/items/0/id").asString();
        JsonNode messages = ws.api().get("/api/v1/chats/" + chat + "/messages").json().at("/items");
        assertThat(messages.size()).isEqualTo(4);
        assertThat(messages.at("/0/text").asString()).isEqualTo("My order details");
        assertThat(messages.at("/0/attachments/0/name").asString()).isEqualTo("order-1042.pdf");
        assertThat(messages.at("/0/attachments/0/contentType").asString()).isEqualTo("application/pdf");
        assertThat(messages.at("/1/attachments/0/name").asString()).isEqualTo("audio.ogg");
        assertThat(messages.at("/1/attachments/0/contentType").asString()).isEqualTo("audio/ogg");
        assertThat(messages.at("/2/text").asString()).isEqualTo("How it looks");
        assertThat(messages.at("/2/attachments/0/name").asString()).isEqualTo("video.mp4");
        assertThat(messages.at("/3/text").asString()).isEqualTo("[a message WhatsApp does not pass on: poll_creation]");
    }

    @Test
    void aFileIsUploadedToTheNumbersMediaAndSentWithTheTextAsItsCaption() {
        meta.stubFor(post(urlEqualTo("/v21.0/" + NUMBER + "/media")).willReturn(okJson("{\"id\":\"1166846181421424\"}")));
        signed(Payloads.text("whatsapp/text.json"));
        String chat = ws.api().get("/api/v1/chats?category=new").json().at("/items/0/id").asString();
        String photo = ws.api().upload("bouquet.png", "image/png", Api.PNG);
        String price = ws.api().upload("price.pdf", "application/pdf", "%PDF-1.4 prices".getBytes(StandardCharsets.UTF_8));
        ws.api().post("/api/v1/chats/" + chat + "/messages", Map.of("text", "In blue, and the price list",
                "attachmentIds", List.of(photo, price)));
        await().atMost(Duration.ofSeconds(10)).until(() -> "sent".equals(last(chat).at("/status").asString()));

        var uploads = meta.findAll(postRequestedFor(urlEqualTo("/v21.0/" + NUMBER + "/media")));
        assertThat(uploads).hasSize(2);
        assertThat(uploads.get(0).getBodyAsString()).contains("name=\"messaging_product\"").contains("whatsapp")
                .contains("filename=\"bouquet.png\"").contains("image/png");
        var sent = meta.findAll(postRequestedFor(urlEqualTo("/v21.0/" + NUMBER + "/messages"))).stream()
                .map(r -> Api.JSON.readTree(r.getBodyAsString())).toList();
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).path("type").asString()).isEqualTo("image");
        assertThat(sent.get(0).at("/image/id").asString()).isEqualTo("1166846181421424");
        assertThat(sent.get(0).at("/image/caption").asString()).isEqualTo("In blue, and the price list");
        assertThat(sent.get(1).path("type").asString()).isEqualTo("document");
        assertThat(sent.get(1).at("/document/filename").asString()).isEqualTo("price.pdf");
        assertThat(sent.get(1).at("/document/caption").isMissingNode()).as("the text went once").isTrue();
    }

    @Test
    void anAnswerIsSentAndItsStatusesFollowMetasReceipts() {
        signed(Payloads.text("whatsapp/text.json"));
        String chat = ws.api().get("/api/v1/chats?category=new").json().at("/items/0/id").asString();
        Api.Response sent = ws.api().post("/api/v1/chats/" + chat + "/messages", Map.of("text", "Yes, in blue and white"));
        assertThat(sent.status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(10)).until(() -> "sent".equals(last(chat).at("/status").asString()));
        JsonNode call = Api.JSON.readTree(meta.findAll(postRequestedFor(urlEqualTo("/v21.0/" + NUMBER + "/messages")))
                .getFirst().getBodyAsString());
        assertThat(call.path("messaging_product").asString()).isEqualTo("whatsapp");
        assertThat(call.path("to").asString()).isEqualTo("16505551234");
        assertThat(call.path("type").asString()).isEqualTo("text");
        assertThat(call.path("text").path("body").asString()).isEqualTo("Yes, in blue and white");
        String wamid = last(chat).at("/externalId").asString();
        assertThat(wamid).startsWith("wamid.");

        String status = Payloads.text("whatsapp/statuses.json").replace("WAMID", wamid);
        signed(status.replace("STATUS", "delivered"));
        assertThat(last(chat).at("/status").asString()).isEqualTo("delivered");
        signed(status.replace("STATUS", "read"));
        signed(status.replace("STATUS", "delivered"));
        assertThat(last(chat).at("/status").asString()).as("a receipt never goes back").isEqualTo("read");

        Api.Response second = ws.api().post("/api/v1/chats/" + chat + "/messages", Map.of("text", "Shall I send a photo?"));
        await().atMost(Duration.ofSeconds(10)).until(() -> "sent".equals(last(chat).at("/status").asString()));
        signed(Payloads.text("whatsapp/failed.json").replace("WAMID", last(chat).at("/externalId").asString()));
        JsonNode failed = last(chat);
        assertThat(failed.at("/id").asString()).isEqualTo(second.text("/id"));
        assertThat(failed.at("/status").asString()).isEqualTo("failed");
        assertThat(failed.at("/error").asString()).isEqualTo("(#131026) Message undeliverable");
    }

    @Test
    void metasRefusalIsShownWithItsReason() {
        signed(Payloads.text("whatsapp/text.json"));
        String chat = ws.api().get("/api/v1/chats?category=new").json().at("/items/0/id").asString();
        meta.stubFor(post(urlEqualTo("/v21.0/" + NUMBER + "/messages")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody(Payloads.text("whatsapp/re-engagement.json"))));
        ws.api().post("/api/v1/chats/" + chat + "/messages", Map.of("text", "Are you still there?"));
        await().atMost(Duration.ofSeconds(10)).until(() -> "failed".equals(last(chat).at("/status").asString()));
        assertThat(last(chat).at("/error").asString()).startsWith("(#131047) Re-engagement message")
                .contains("more than 24 hours have passed");
    }

    @Test
    void moreThanADayAfterTheClientsLastMessageOnlyATemplateMayGo() {
        signed(Payloads.text("whatsapp/text.json"));
        String chat = ws.api().get("/api/v1/chats?category=new").json().at("/items/0/id").asString();
        JsonNode open = ws.api().get("/api/v1/chats/" + chat).json().at("/replyWindow");
        assertThat(open.at("/open").asBoolean()).isTrue();
        assertThat(Instant.parse(open.at("/closesAt").asString()))
                .isBetween(Instant.now().plus(Duration.ofHours(23)), Instant.now().plus(Duration.ofHours(25)));

        ageLastMessage(chat, Duration.ofHours(25));
        JsonNode closed = ws.api().get("/api/v1/chats/" + chat).json().at("/replyWindow");
        assertThat(closed.at("/open").asBoolean()).isFalse();
        Api.Response refused = ws.api().post("/api/v1/chats/" + chat + "/messages", Map.of("text", "Hello again"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("/detail")).contains("24 hours");
        assertThat(meta.findAll(postRequestedFor(urlEqualTo("/v21.0/" + NUMBER + "/messages")))).isEmpty();
    }

    @Test
    void afterTheWindowAnApprovedTemplateGoesAndWritingFirstUsesOneToo() {
        meta.stubFor(get(urlPathEqualTo("/v21.0/" + BUSINESS + "/message_templates")).willReturn(okJson("""
                {"data": [
                  {"name": "order_update", "language": "en_US", "status": "APPROVED", "category": "UTILITY",
                   "components": [{"type": "BODY", "text": "Hello {{1}}, your order {{2}} is ready."}], "id": "1"},
                  {"name": "spring_sale", "language": "en_US", "status": "REJECTED", "category": "MARKETING",
                   "components": [{"type": "BODY", "text": "Sale!"}], "id": "2"}],
                 "paging": {"cursors": {"before": "a", "after": "b"}}}""")));
        JsonNode offered = ws.api().get("/api/v1/channels/" + channelId + "/platform-templates").json().at("/items");
        assertThat(offered.size()).isEqualTo(1);
        assertThat(offered.get(0).at("/name").asString()).isEqualTo("order_update");
        assertThat(offered.get(0).at("/params").asInt()).isEqualTo(2);

        signed(Payloads.text("whatsapp/text.json"));
        String chat = ws.api().get("/api/v1/chats?category=new").json().at("/items/0/id").asString();
        ageLastMessage(chat, Duration.ofHours(30));
        Api.Response sent = ws.api().post("/api/v1/chats/" + chat + "/messages", Map.of("platformTemplate",
                Map.of("name", "order_update", "language", "en_US", "params", java.util.List.of("Sheena", "#3821"))));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        assertThat(sent.text("/text")).isEqualTo("📋 order_update: Sheena, #3821");
        await().atMost(Duration.ofSeconds(10)).until(() -> "sent".equals(last(chat).at("/status").asString()));
        JsonNode call = Api.JSON.readTree(meta.findAll(postRequestedFor(urlEqualTo("/v21.0/" + NUMBER + "/messages")))
                .getFirst().getBodyAsString());
        assertThat(call.path("type").asString()).isEqualTo("template");
        assertThat(call.path("template").path("name").asString()).isEqualTo("order_update");
        assertThat(call.path("template").path("language").path("code").asString()).isEqualTo("en_US");
        assertThat(call.path("template").path("components").path(0).path("parameters").path(1).path("text").asString())
                .isEqualTo("#3821");

        Api.Response first = ws.api().post("/api/v1/chats", Map.of("channelId", channelId,
                "to", Map.of("phone", "+1 (650) 555-9876"), "clientName", "Tom",
                "platformTemplate", Map.of("name", "order_update", "language", "en_US",
                        "params", java.util.List.of("Tom", "#3822"))));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                meta.findAll(postRequestedFor(urlEqualTo("/v21.0/" + NUMBER + "/messages"))).size() == 2);
        JsonNode second = Api.JSON.readTree(meta.findAll(postRequestedFor(urlEqualTo("/v21.0/" + NUMBER + "/messages")))
                .getLast().getBodyAsString());
        assertThat(second.path("to").asString()).isEqualTo("16505559876");
        assertThat(second.path("type").asString()).isEqualTo("template");

        assertThat(ws.api().post("/api/v1/chats/" + chat + "/messages", Map.of("platformTemplate",
                Map.of("name", "order_update", "language", "English"))).status()).isEqualTo(400);
    }

    @Autowired
    JdbcClient db;

    /** The client's last message as if it came that long ago (time cannot be waited for in a test). */
    private void ageLastMessage(String chat, Duration ago) {
        db.sql("update chats set last_inbound_at = now() - make_interval(secs => :secs) where id = cast(:id as uuid)")
                .param("secs", ago.toSeconds()).param("id", chat).update();
    }

    private JsonNode last(String chat) {
        JsonNode items = ws.api().get("/api/v1/chats/" + chat + "/messages").json().at("/items");
        JsonNode last = null;
        for (JsonNode m : items) {
            if ("out".equals(m.at("/direction").asString())) {
                last = m;
            }
        }
        return last;
    }

    private Api.Response signed(String body) {
        return hook(body, "sha256=" + MetaHooks.hmac(SECRET, bytes(body)));
    }

    private Api.Response hook(String body, String signature) {
        Api api = new Api(port);
        if (signature != null) {
            api.header("X-Hub-Signature-256", signature);
        }
        return api.postRaw("/hooks/" + channelId, body, "application/json");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
