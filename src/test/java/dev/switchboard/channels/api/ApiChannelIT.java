package dev.switchboard.channels.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.switchboard.common.Signatures;
import dev.switchboard.support.Api;
import dev.switchboard.support.IntegrationTest;
import dev.switchboard.support.TestWorkspace;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The generic API channel: signed JSON in at the hook, signed JSON out to the other system's outboundUrl. */
@IntegrationTest
class ApiChannelIT {

    static final String MESSAGE = """
            {"externalId": "crm-client-4417", "messageId": "crm-msg-90210", "name": "Ирина Волкова",
             "phone": "8 (912) 345-67-89", "email": "irina@example.com", "text": "Хочу заказать букет на пятницу"}""";

    @LocalServerPort
    int port;

    WireMockServer crm;
    TestWorkspace ws;
    String channelId;
    String secret;

    @BeforeEach
    void connect() {
        crm = new WireMockServer(wireMockConfig().dynamicPort());
        crm.start();
        crm.stubFor(post(urlEqualTo("/switchboard/outbound")).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"crm-out-1\"}")));
        ws = TestWorkspace.signUp(port, "en");
        Api.Response created = ws.api().post("/api/v1/channels", Map.of("type", "api", "name", "CRM",
                "settings", Map.of("outboundUrl", crm.baseUrl() + "/switchboard/outbound")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        channelId = created.text("/id");
        secret = created.text("/secret");
    }

    @AfterEach
    void stop() {
        crm.stop();
    }

    @Test
    void theSecretIsShownOnceAndABadSignatureIsRefusedAndStoresNothing() {
        assertThat(secret).matches("[A-Za-z0-9]{40}");
        assertThat(ws.api().get("/api/v1/channels/" + channelId).json().at("/secret").isNull()).isTrue();

        assertThat(hook(MESSAGE, "sha256=" + Signatures.hex("guess", MESSAGE.getBytes(StandardCharsets.UTF_8)))
                .status()).isEqualTo(401);
        assertThat(new Api(port).postRaw("/hooks/" + channelId, MESSAGE, "application/json").status()).isEqualTo(401);
        assertThat(chats()).isEmpty();

        assertThat(signed("{\"externalId\":").status()).isEqualTo(400);
        Api.Response noId = signed("{\"messageId\": \"m1\", \"text\": \"hi\"}");
        assertThat(noId.status()).isEqualTo(400);
        assertThat(noId.text("/detail")).contains("externalId is required");
        assertThat(signed("{\"externalId\": \"c1\", \"messageId\": \"m1\"}").text("/detail"))
                .contains("a text or attachments");
        assertThat(chats()).isEmpty();
    }

    @Test
    void aSignedMessageBecomesAChatOnceAndTheAnswerGoesOutSigned() {
        assertThat(signed(MESSAGE).status()).isEqualTo(200);
        assertThat(signed(MESSAGE).status()).as("a repeat").isEqualTo(200);
        List<JsonNode> chats = chats();
        assertThat(chats).hasSize(1);
        JsonNode chat = chats.getFirst();
        assertThat(chat.at("/client/name").asString()).isEqualTo("Ирина Волкова");
        assertThat(chat.at("/client/phone").asString()).isEqualTo("+79123456789");
        assertThat(chat.at("/channel/type").asString()).isEqualTo("api");
        String id = chat.at("/id").asString();
        assertThat(ws.api().get("/api/v1/chats/" + id + "/messages").json().at("/items").size()).isEqualTo(1);

        String photo = ws.api().upload("bouquet.png", "image/png", Api.PNG);
        ws.api().post("/api/v1/chats/" + id + "/messages", Map.of("text", "Соберём к пятнице", "attachmentIds",
                List.of(photo)));
        await().atMost(Duration.ofSeconds(10)).until(() -> "sent".equals(ws.lastOut(id).at("/status").asString()));
        var call = crm.findAll(postRequestedFor(urlEqualTo("/switchboard/outbound"))).getFirst();
        assertThat(Signatures.matches(call.getHeader("X-Switchboard-Signature"), secret, call.getBody()))
                .as("signed with the channel secret").isTrue();
        JsonNode sent = Api.JSON.readTree(call.getBodyAsString());
        assertThat(sent.path("externalId").asString()).isEqualTo("crm-client-4417");
        assertThat(sent.path("text").asString()).isEqualTo("Соберём к пятнице");
        assertThat(sent.at("/attachments/0/name").asString()).isEqualTo("bouquet.png");
        assertThat(Base64.getDecoder().decode(sent.at("/attachments/0/content").asString())).isEqualTo(Api.PNG);
        assertThat(ws.lastOut(id).at("/externalId").asString()).isEqualTo("crm-out-1");
    }

    @Test
    void anOutboundUrlThatFailsIsTriedAgainAndOneThatRefusesShowsItsWords() {
        signed(MESSAGE);
        String id = chats().getFirst().at("/id").asString();
        crm.stubFor(post(urlEqualTo("/switchboard/outbound")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        crm.stubFor(post(urlEqualTo("/switchboard/outbound")).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200)));
        ws.api().post("/api/v1/chats/" + id + "/messages", Map.of("text", "Первая попытка не удалась"));
        await().atMost(Duration.ofSeconds(20)).until(() -> "sent".equals(ws.lastOut(id).at("/status").asString()));
        assertThat(crm.findAll(postRequestedFor(urlEqualTo("/switchboard/outbound")))).hasSize(2);

        crm.resetAll();
        crm.stubFor(post(urlEqualTo("/switchboard/outbound")).willReturn(aResponse().withStatus(422)
                .withBody("{\"error\":\"unknown client crm-client-4417\"}")));
        ws.api().post("/api/v1/chats/" + id + "/messages", Map.of("text", "Ещё раз"));
        await().atMost(Duration.ofSeconds(10)).until(() -> "failed".equals(ws.lastOut(id).at("/status").asString()));
        assertThat(ws.lastOut(id).at("/error").asString())
                .isEqualTo("outboundUrl answered 422: {\"error\":\"unknown client crm-client-4417\"}");
    }

    @Test
    void aRotatedSecretSignsFromNowOnAndAFileIsFetchedFromItsUrl() {
        Api.Response rotated = ws.api().post("/api/v1/channels/" + channelId + "/secret", Map.of());
        assertThat(rotated.status()).isEqualTo(200);
        String fresh = rotated.text("/secret");
        assertThat(fresh).isNotEqualTo(secret);
        assertThat(signed(MESSAGE).status()).as("the old secret").isEqualTo(401);

        crm.stubFor(get(urlEqualTo("/files/card.pdf")).willReturn(aResponse()
                .withHeader("Content-Type", "application/pdf").withBody("%PDF-1.4 card")));
        String withFile = "{\"externalId\": \"crm-client-4417\", \"messageId\": \"crm-msg-90211\", \"attachments\":"
                + " [{\"url\": \"" + crm.baseUrl() + "/files/card.pdf\", \"contentType\": \"application/pdf\"}]}";
        assertThat(hook(withFile, Signatures.header(fresh, withFile.getBytes(StandardCharsets.UTF_8))).status())
                .isEqualTo(200);
        String id = chats().getFirst().at("/id").asString();
        JsonNode file = ws.api().get("/api/v1/chats/" + id + "/messages").json().at("/items/0/attachments/0");
        assertThat(file.at("/name").asString()).isEqualTo("card.pdf");
        assertThat(ws.api().get(file.at("/url").asString()).body()).isEqualTo("%PDF-1.4 card");

        TestWorkspace other = TestWorkspace.signUp(port);
        assertThat(other.api().post("/api/v1/channels/" + channelId + "/secret", Map.of()).status()).isEqualTo(404);
    }

    private Api.Response signed(String body) {
        return hook(body, Signatures.header(secret, body.getBytes(StandardCharsets.UTF_8)));
    }

    private Api.Response hook(String body, String signature) {
        return new Api(port).header("X-Switchboard-Signature", signature).postRaw("/hooks/" + channelId, body,
                "application/json");
    }

    private List<JsonNode> chats() {
        List<JsonNode> found = new java.util.ArrayList<>();
        ws.api().get("/api/v1/chats?category=new").json().at("/items").forEach(found::add);
        return found;
    }

}
