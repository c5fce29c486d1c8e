package dev.switchboard.webhooks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.switchboard.channels.ChannelType;
import dev.switchboard.channels.Channels;
import dev.switchboard.common.Signatures;
import dev.switchboard.support.Api;
import dev.switchboard.support.ChatBook;
import dev.switchboard.support.IntegrationTest;
import dev.switchboard.support.TestWorkspace;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Outgoing webhooks: signed deliveries, retried until a 2xx, logged, and switched off after a day of failures. */
@IntegrationTest
class WebhooksIT {

    @LocalServerPort
    int port;
    @Autowired
    Channels channels;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient db;

    WireMockServer receiver;
    TestWorkspace ws;
    ChatBook book;
    String channel;

    @BeforeEach
    void start() {
        receiver = new WireMockServer(wireMockConfig().dynamicPort());
        receiver.start();
        ws = TestWorkspace.signUp(port, "en");
        book = new ChatBook(ws, channels, events, transaction);
        channel = book.channel("Shop bot", ChannelType.telegram);
    }

    @AfterEach
    void stop() {
        receiver.stop();
    }

    @Test
    void aReceiverThatFailsTwiceGetsTheEventOnTheThirdTrySigned() {
        receiver.stubFor(post(urlEqualTo("/hooks/switchboard")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500).withBody("database is down")).willSetStateTo("second"));
        receiver.stubFor(post(urlEqualTo("/hooks/switchboard")).inScenario("flaky").whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        receiver.stubFor(post(urlEqualTo("/hooks/switchboard")).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(204)));
        Api.Response created = ws.api().post("/api/v1/webhooks", Map.of("url", receiver.baseUrl() + "/hooks/switchboard",
                "events", List.of("message.created")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String secret = created.text("/secret");
        assertThat(secret).startsWith("whsec_");
        String webhook = created.text("/id");

        book.inbound("Shop bot", "287654321", "Анна Кузнецова", "anna_k", null, "Есть ли букет «Весенний»?");

        await().atMost(Duration.ofSeconds(20)).until(() ->
                receiver.findAll(postRequestedFor(urlEqualTo("/hooks/switchboard"))).size() == 3);
        var calls = receiver.findAll(postRequestedFor(urlEqualTo("/hooks/switchboard")));
        var last = calls.getLast();
        assertThat(Signatures.matches(last.getHeader("X-Switchboard-Signature"), secret, last.getBody())).isTrue();
        assertThat(last.getHeader("X-Switchboard-Event")).isEqualTo("message.created");
        JsonNode event = Api.JSON.readTree(last.getBodyAsString());
        assertThat(event.path("type").asString()).isEqualTo("message.created");
        assertThat(event.at("/data/message/text").asString()).isEqualTo("Есть ли букет «Весенний»?");
        assertThat(event.at("/data/message/direction").asString()).isEqualTo("in");
        assertThat(Api.JSON.readTree(calls.getFirst().getBodyAsString()).path("id").asString())
                .as("a retry carries the same delivery id").isEqualTo(event.path("id").asString());

        await().atMost(Duration.ofSeconds(5)).until(() -> "delivered".equals(log(webhook).at("/0/status").asString()));
        JsonNode delivery = log(webhook).get(0);
        assertThat(delivery.at("/event").asString()).isEqualTo("message.created");
        assertThat(delivery.at("/attempts").asInt()).isEqualTo(3);
        assertThat(delivery.at("/lastStatus").asInt()).isEqualTo(204);
        assertThat(log(webhook).size()).as("only the event it subscribed to").isEqualTo(1);
        assertThat(ws.api().get("/api/v1/webhooks").json().at("/items/0/status").asString()).isEqualTo("active");
    }

    @Test
    void aWebhookFailingForADayIsDisabledWithTheReasonAndCanBeSwitchedOnAgain() {
        receiver.stubFor(post(urlEqualTo("/down")).willReturn(aResponse().withStatus(502).withBody("Bad Gateway")));
        String webhook = ws.api().post("/api/v1/webhooks", Map.of("url", receiver.baseUrl() + "/down",
                "events", List.of("chat.created", "chat.updated"))).text("/id");
        book.inbound("Shop bot", "287654321", "Анна Кузнецова", "anna_k", null, "Здравствуйте");
        await().atMost(Duration.ofSeconds(10)).until(() ->
                "failing".equals(ws.api().get("/api/v1/webhooks").json().at("/items/0/status").asString()));
        db.sql("update webhooks set failing_since = now() - interval '25 hours' where id = cast(:id as uuid)")
                .param("id", webhook).update();

        await().atMost(Duration.ofSeconds(20)).until(() ->
                "disabled".equals(ws.api().get("/api/v1/webhooks").json().at("/items/0/status").asString()));
        JsonNode disabled = ws.api().get("/api/v1/webhooks").json().at("/items/0");
        assertThat(disabled.at("/disabledReason").asString()).contains("HTTP 502: Bad Gateway");
        int calls = receiver.findAll(postRequestedFor(urlEqualTo("/down"))).size();
        book.inbound("Shop bot", "287654321", "Анна Кузнецова", "anna_k", null, "Вы здесь?");
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/down")))).as("nothing is sent to a disabled webhook")
                .hasSize(calls);
        assertThat(log(webhook)).allMatch(d -> !"pending".equals(d.at("/status").asString()));

        Api.Response enabled = ws.api().post("/api/v1/webhooks/" + webhook + "/enable", Map.of());
        assertThat(enabled.text("/status")).isEqualTo("active");
    }

    @Test
    void onlyTheWorkspacesAdminsManageWebhooksAndBadInputStoresNothing() {
        assertThat(ws.api().post("/api/v1/webhooks", Map.of("url", "ftp://example.com", "events",
                List.of("chat.created"))).status()).isEqualTo(400);
        Api.Response unknown = ws.api().post("/api/v1/webhooks", Map.of("url", "https://example.com/h", "events",
                List.of("chat.deleted")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("chat.deleted");
        assertThat(ws.api().post("/api/v1/webhooks", Map.of("url", "https://example.com/h", "events", List.of()))
                .status()).isEqualTo(400);
        assertThat(ws.api().get("/api/v1/webhooks").json().at("/items").size()).isZero();

        String webhook = ws.api().post("/api/v1/webhooks", Map.of("url", "https://example.com/h", "events",
                List.of("chat.created"))).text("/id");
        assertThat(ws.api().get("/api/v1/webhooks").json().at("/items/0/secret").isNull()).isTrue();
        ChatBook.Member operator = book.member("Olga", "operator", false, channel);
        assertThat(operator.api().get("/api/v1/webhooks").status()).isEqualTo(403);
        assertThat(operator.api().post("/api/v1/webhooks", Map.of("url", "https://example.com/h", "events",
                List.of("chat.created"))).status()).isEqualTo(403);
        TestWorkspace other = TestWorkspace.signUp(port);
        assertThat(other.api().delete("/api/v1/webhooks/" + webhook).status()).isEqualTo(404);
        assertThat(other.api().get("/api/v1/webhooks/" + webhook + "/deliveries").status()).isEqualTo(404);
        assertThat(ws.api().delete("/api/v1/webhooks/" + webhook).status()).isEqualTo(204);
        assertThat(ws.api().get("/api/v1/webhooks").json().at("/items").size()).isZero();
    }

    private JsonNode log(String webhook) {
        return ws.api().get("/api/v1/webhooks/" + webhook + "/deliveries").json().at("/items");
    }
}
