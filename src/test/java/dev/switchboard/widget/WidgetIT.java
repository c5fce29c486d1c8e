package dev.switchboard.widget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.support.Api;
import dev.switchboard.support.IntegrationTest;
import dev.switchboard.support.LiveClient;
import dev.switchboard.support.TestWorkspace;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The website widget's visitor API and live stream, called as widget.js calls them from a customer's site. */
@IntegrationTest
class WidgetIT {

    static final String SHOP = "https://shop.example";

    @LocalServerPort
    int port;

    TestWorkspace ws;
    String channelId;

    @BeforeEach
    void connect() {
        ws = TestWorkspace.signUp(port, "en");
        channelId = widget(Map.of("title", "Bloom & Co", "color", "#7C3AED", "greeting", "Hi! How can we help?",
                "allowedOrigins", "shop.example\nhttps://*.bloom.example"));
    }

    @Test
    void aVisitorWritesAndSeesTheOperatorsAnswerLive() {
        Api.Response channel = ws.api().get("/api/v1/channels/" + channelId);
        assertThat(channel.text("/embedSnippet")).isEqualTo("<script src=\"https://switchboard.example.test/widget.js\""
                + " data-channel=\"" + channelId + "\" async></script>");
        assertThat(channel.json().at("/settings/allowedOrigins").toString())
                .isEqualTo("[\"https://shop.example\",\"https://*.bloom.example\"]");

        Api.Response config = visitorApi(null).get(path("/config"));
        assertThat(config.status()).isEqualTo(200);
        assertThat(config.header("Access-Control-Allow-Origin")).isEqualTo(SHOP);
        assertThat(config.json().toString()).isEqualTo("{\"title\":\"Bloom & Co\",\"color\":\"#7c3aed\","
                + "\"greeting\":\"Hi! How can we help?\",\"askName\":false,\"askPhone\":false,\"locale\":\"en\"}");

        String token = arrive();
        assertThat(visitorApi(token).get(path("/messages")).json().at("/items").isEmpty()).isTrue();
        try (LiveClient window = LiveClient.visitor(port, channelId, SHOP, token)) {
            await().atMost(Duration.ofSeconds(5)).until(() -> window.frames("ready").size() == 1);
            window.send(Map.of("type", "ping"));
            await().atMost(Duration.ofSeconds(5)).until(() -> window.frames("pong").size() == 1);

            String clientId = UUID.randomUUID().toString();
            Api.Response written = visitorApi(token).post(path("/messages"), Map.of("clientId", clientId,
                    "text", "Do you deliver on Sundays?", "page", Map.of("url", SHOP + "/peonies?size=25",
                            "title", "Peonies — Bloom & Co")));
            assertThat(written.status()).as(written.body()).isEqualTo(201);
            assertThat(written.text("/clientId")).isEqualTo(clientId);
            assertThat(written.text("/from")).isEqualTo("visitor");

            JsonNode chat = ws.api().get("/api/v1/chats?category=new").json().at("/items/0");
            assertThat(chat.at("/channel/id").asString()).isEqualTo(channelId);
            assertThat(chat.at("/client/name").asString()).matches("Visitor [0-9A-F]{4}");
            assertThat(chat.at("/lastMessage/text").asString()).isEqualTo("Do you deliver on Sundays?");
            assertThat(chat.at("/post").toString()).as("the page the dialog began on")
                    .isEqualTo("{\"url\":\"https://shop.example/peonies?size=25\",\"text\":\"Peonies — Bloom & Co\"}");
            // the first message made the chat: the window is told to catch up, and follows it from now on
            await().atMost(Duration.ofSeconds(5)).until(() -> window.frames("ready").size() == 2);

            String chatId = chat.at("/id").asString();
            Api.Response answer = ws.api().post("/api/v1/chats/" + chatId + "/messages",
                    Map.of("text", "Yes, every day from 9 to 22."));
            assertThat(answer.status()).as(answer.body()).isEqualTo(201);
            await().atMost(Duration.ofSeconds(10)).until(() -> window.frames("message").stream()
                    .anyMatch(f -> f.at("/message/text").asString().equals("Yes, every day from 9 to 22.")));
            JsonNode live = window.frames("message").stream()
                    .filter(f -> f.at("/message/from").asString().equals("operator")).findFirst().orElseThrow();
            assertThat(live.at("/message/author").asString()).isEqualTo("Olga Owner");

            JsonNode dialog = visitorApi(token).get(path("/messages")).json();
            assertThat(dialog.at("/items").size()).isEqualTo(2);
            assertThat(dialog.at("/items/0/text").asString()).isEqualTo("Do you deliver on Sundays?");
            assertThat(dialog.at("/items/1/from").asString()).isEqualTo("operator");
            String answerId = dialog.at("/items/1/id").asString();
            assertThat(visitorApi(token).get(path("/messages?after=" + dialog.at("/items/0/id").asString())).json()
                    .at("/items/0/id").asString()).isEqualTo(answerId);

            await().atMost(Duration.ofSeconds(10)).until(() -> "sent".equals(ws.lastOut(chatId).at("/status").asString()));
            assertThat(visitorApi(token).post(path("/read"), Map.of("upTo", answerId)).status()).isEqualTo(204);
            assertThat(ws.lastOut(chatId).at("/status").asString()).isEqualTo("read");
        }
    }

    @Test
    void onlyTheWidgetsSitesMayUseIt() {
        Api.Response refused = new Api(port).header("Origin", "https://evil.example").get(path("/config"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("/detail")).contains("https://evil.example").contains("allowed sites");
        assertThat(new Api(port).header("Origin", "https://evil.example").post(path("/visitors"), null).status())
                .isEqualTo(403);

        assertThat(new Api(port).header("Origin", "https://www.bloom.example").get(path("/config")).status())
                .isEqualTo(200);
        assertThat(new Api(port).header("Origin", "https://bloom.example.evil.example").get(path("/config")).status())
                .isEqualTo(403);
        assertThat(new Api(port).header("Origin", "http://shop.example").get(path("/config")).status())
                .isEqualTo(403);

        Api.Response preflight = new Api(port).header("Origin", SHOP)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .send("OPTIONS", path("/messages"), (String) null, "application/json");
        assertThat(preflight.status()).isEqualTo(204);
        assertThat(preflight.header("Access-Control-Allow-Headers")).contains("Authorization");
        assertThat(new Api(port).header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .send("OPTIONS", path("/messages"), (String) null, "application/json").status()).isEqualTo(403);

        String token = arrive();
        try (LiveClient stranger = LiveClient.visitor(port, channelId, "https://evil.example", token)) {
            throw new AssertionError("A page of another site opened the widget's live stream");
        } catch (java.util.concurrent.CompletionException e) {
            assertThat(e.getCause()).isInstanceOf(java.net.http.WebSocketHandshakeException.class);
            assertThat(((java.net.http.WebSocketHandshakeException) e.getCause()).getResponse().statusCode())
                    .isEqualTo(403);
        }

        Api.Response script = new Api(port).get("/widget.js");
        assertThat(script.status()).as("the web build puts widget.js among the static files").isEqualTo(200);
        assertThat(script.header("Cache-Control")).isEqualTo("max-age=300, public");

        // the app's own try-out page carries the widget before any site is listed
        Api.Response page = new Api(port).get("/widget/try/" + channelId);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Bloom &amp; Co</title>")
                .contains("<script src=\"/widget.js\" data-channel=\"" + channelId + "\" async></script>");
    }

    @Test
    void aRepeatIsStoredOnceAndBadCallsStoreNothing() {
        String token = arrive();
        String clientId = UUID.randomUUID().toString();
        Map<String, String> message = Map.of("clientId", clientId, "text", "Is the peony bouquet in stock?");
        String first = visitorApi(token).post(path("/messages"), message).text("/id");
        Api.Response again = visitorApi(token).post(path("/messages"), message);
        assertThat(again.text("/id")).isEqualTo(first);
        String chatId = ws.api().get("/api/v1/chats?category=new").text("/items/0/id");
        assertThat(ws.messages(chatId, "in")).hasSize(1);

        Api.Response blank = visitorApi(token).post(path("/messages"), Map.of("clientId", UUID.randomUUID().toString(),
                "text", "   "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.text("/detail")).isEqualTo("Write something first");
        assertThat(visitorApi(token).post(path("/messages"), Map.of("clientId", UUID.randomUUID().toString(),
                "text", "x".repeat(4001))).status()).isEqualTo(400);
        assertThat(visitorApi(token).post(path("/messages"), Map.of("text", "no id")).text("/detail"))
                .isEqualTo("clientId is required");
        assertThat(visitorApi(null).post(path("/messages"), message).status()).isEqualTo(401);
        String forged = token.substring(0, 32) + "." + "A".repeat(43);
        assertThat(visitorApi(forged).get(path("/messages")).status()).isEqualTo(401);
        assertThat(ws.messages(chatId, "in")).hasSize(1);

        // another visitor sees nothing of the first one's dialog
        assertThat(visitorApi(arrive()).get(path("/messages")).json().at("/items").isEmpty()).isTrue();
        // another workspace's widget knows no such visitor
        TestWorkspace other = TestWorkspace.signUp(port, "en");
        String otherWidget = other.api().post("/api/v1/channels", Map.of("type", "widget", "name", "Site",
                "settings", Map.of())).text("/id");
        assertThat(visitorApi(token).get("/widget/v1/" + otherWidget + "/messages").status()).isEqualTo(401);

        // a new secret forgets every visitor: the widget starts them afresh, and their open windows are closed
        LiveClient window = LiveClient.visitor(port, channelId, SHOP, token);
        await().atMost(Duration.ofSeconds(5)).until(() -> window.frames("ready").size() == 1);
        assertThat(ws.api().post("/api/v1/channels/" + channelId + "/secret", null).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> Integer.valueOf(4401).equals(window.closedWith()));
        Api.Response forgotten = visitorApi(token).get(path("/messages"));
        assertThat(forgotten.status()).isEqualTo(401);
        assertThat(forgotten.text("/detail")).contains("no longer valid");

        assertThat(new Api(port).get("/widget/v1/" + UUID.randomUUID() + "/config").status()).isEqualTo(404);
        assertThat(ws.api().patch("/api/v1/channels/" + channelId, Map.of("status", "disabled")).status())
                .isEqualTo(200);
        Api.Response paused = visitorApi(null).get(path("/config"));
        assertThat(paused.status()).isEqualTo(503);
        assertThat(paused.header("Retry-After")).isEqualTo("300");
        try (LiveClient refused = LiveClient.visitor(port, channelId, SHOP, token)) {
            throw new AssertionError("A paused widget's live stream opened");
        } catch (java.util.concurrent.CompletionException e) {
            assertThat(((java.net.http.WebSocketHandshakeException) e.getCause()).getResponse().statusCode())
                    .isEqualTo(503);
        }
    }

    @Test
    void theGreetingAsksForContactsAndTheVisitorSendsAFile() {
        String asking = widget(Map.of("greeting", "Leave your name and phone, we'll call back", "askName", true,
                "askPhone", true, "allowedOrigins", List.of(SHOP)));
        String token = arrive(asking);
        Api visitor = visitorApi(token);
        Api.Response early = visitor.post("/widget/v1/" + asking + "/messages", Map.of("clientId",
                UUID.randomUUID().toString(), "text", "Hello"));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.text("/detail")).isEqualTo("Leave your name and phone first, please");

        Api.Response badPhone = visitorApi(token).send("PUT", "/widget/v1/" + asking + "/contact",
                "{\"name\": \"Mia\", \"phone\": \"call me\"}", "application/json");
        assertThat(badPhone.status()).isEqualTo(400);
        assertThat(badPhone.text("/detail")).isEqualTo("\"call me\" does not look like a phone number");
        Api.Response left = visitorApi(token).send("PUT", "/widget/v1/" + asking + "/contact",
                "{\"name\": \"Mia Wong\", \"phone\": \"+44 20 7946 0958\"}", "application/json");
        assertThat(left.status()).as(left.body()).isEqualTo(200);
        assertThat(left.text("/phone")).isEqualTo("+442079460958");

        Api.Response sent = visitorApi(token).send("POST", "/widget/v1/" + asking + "/files",
                multipart("bouquet.png", Api.PNG, UUID.randomUUID().toString()), MULTIPART);
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        assertThat(sent.text("/attachments/0/name")).isEqualTo("bouquet.png");
        assertThat(sent.text("/attachments/0/contentType")).isEqualTo("image/png");
        String url = sent.text("/attachments/0/url");
        Api.Response file = new Api(port).get(url);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).isEqualTo("image/png");
        assertThat(new Api(port).get(url.replaceFirst("s=.{4}", "s=AAAA")).status()).isEqualTo(404);

        JsonNode chat = ws.api().get("/api/v1/chats?category=new").json().at("/items/0");
        assertThat(chat.at("/client/name").asString()).isEqualTo("Mia Wong");
        assertThat(chat.at("/client/phone").asString()).isEqualTo("+442079460958");
        JsonNode inbound = ws.messages(chat.at("/id").asString(), "in").getFirst();
        assertThat(inbound.at("/attachments/0/name").asString()).isEqualTo("bouquet.png");
        assertThat(ws.api().get(inbound.at("/attachments/0/url").asString()).status()).isEqualTo(200);
    }

    @Test
    void aVisitorIsToldWhatIsWrongInTheWidgetsLanguage() {
        TestWorkspace shop = TestWorkspace.signUp(port, "ru");
        String widget = shop.api().post("/api/v1/channels", Map.of("type", "widget", "name", "Сайт",
                "settings", Map.of("askPhone", true))).text("/id");
        assertThat(visitorApi(null).get("/widget/v1/" + widget + "/config").text("/locale")).isEqualTo("ru");
        String token = arrive(widget);
        Api.Response early = visitorApi(token).post("/widget/v1/" + widget + "/messages", Map.of("clientId",
                UUID.randomUUID().toString(), "text", "Здравствуйте"));
        assertThat(early.text("/detail")).isEqualTo("Сначала оставьте, пожалуйста, телефон");
        Api.Response badPhone = visitorApi(token).send("PUT", "/widget/v1/" + widget + "/contact",
                "{\"phone\": \"12\"}", "application/json");
        assertThat(badPhone.text("/detail")).isEqualTo("«12» не похоже на номер телефона");
        // a phone without a country code is read as the workspace's country's
        Api.Response left = visitorApi(token).send("PUT", "/widget/v1/" + widget + "/contact",
                "{\"phone\": \"8 (916) 123-45-67\"}", "application/json");
        assertThat(left.text("/phone")).isEqualTo("+79161234567");
        Api.Response written = visitorApi(token).post("/widget/v1/" + widget + "/messages", Map.of("clientId",
                UUID.randomUUID().toString(), "text", "Здравствуйте"));
        assertThat(written.status()).isEqualTo(201);
        assertThat(shop.api().get("/api/v1/chats?category=new").text("/items/0/client/name"))
                .matches("Посетитель [0-9A-F]{4}");
    }

    @Test
    void aVisitorWritingTooFastIsSlowedDown() {
        String token = arrive();
        for (int i = 0; i < 10; i++) {
            assertThat(visitorApi(token).post(path("/messages"), Map.of("clientId", UUID.randomUUID().toString(),
                    "text", "spam " + i)).status()).isEqualTo(201);
        }
        Api.Response slowed = visitorApi(token).post(path("/messages"), Map.of("clientId",
                UUID.randomUUID().toString(), "text", "spam 10"));
        assertThat(slowed.status()).isEqualTo(429);
        assertThat(Integer.parseInt(slowed.header("Retry-After"))).isBetween(1, 4);
        String chatId = ws.api().get("/api/v1/chats?category=new").text("/items/0/id");
        assertThat(ws.messages(chatId, "in")).hasSize(10);
    }

    static final String MULTIPART = "multipart/form-data; boundary=widget-test";

    static byte[] multipart(String name, byte[] bytes, String clientId) {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--widget-test\r\nContent-Disposition: form-data; name=\"clientId\"\r\n\r\n" + clientId
                + "\r\n--widget-test\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes("\r\n--widget-test--\r\n".getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private String widget(Map<String, Object> settings) {
        Api.Response created = ws.api().post("/api/v1/channels", Map.of("type", "widget", "name", "Website",
                "settings", settings));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.text("/id");
    }

    private String arrive() {
        return arrive(channelId);
    }

    private String arrive(String widget) {
        Api.Response r = visitorApi(null).post("/widget/v1/" + widget + "/visitors", null);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.text("/token");
    }

    /** A visitor's browser on the shop's site: its origin, and the visitor's token once it has one. */
    private Api visitorApi(String token) {
        Api api = new Api(port).header("Origin", SHOP);
        if (token != null) {
            api.header("Authorization", "Bearer " + token);
        }
        return api;
    }

    private String path(String rest) {
        return "/widget/v1/" + channelId + rest;
    }
}
