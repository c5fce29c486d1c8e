package dev.switchboard.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A local Bot API that answers as Telegram does, and remembers what it was asked. */
public final class TelegramFake implements AutoCloseable {

    public static final String TOKEN = "7012345678:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0";

    private final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());

    public TelegramFake() {
        server.start();
        answer("getMe", Payloads.text("telegram/get-me.json"));
        answer("setWebhook", Payloads.text("telegram/set-webhook.json"));
        answer("deleteWebhook", "{\"ok\":true,\"result\":true,\"description\":\"Webhook was deleted\"}");
        answer("sendMessage", Payloads.text("telegram/send-message.json"));
        answer("sendPhoto", Payloads.text("telegram/send-message.json"));
        answer("sendDocument", Payloads.text("telegram/send-message.json"));
        answer("getUserProfilePhotos", "{\"ok\":true,\"result\":{\"total_count\":0,\"photos\":[]}}");
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    public void answer(String method, String json) {
        server.stubFor(post(urlEqualTo("/bot" + TOKEN + "/" + method)).willReturn(okJson(json)));
    }

    public void answer(String method, int status, String json) {
        server.stubFor(post(urlEqualTo("/bot" + TOKEN + "/" + method))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(json)));
    }

    /** Answers the first call with one reply, and every later call with another. */
    public void answerOnceThen(String method, int firstStatus, String first, String then) {
        String scenario = method + "-scenario";
        server.stubFor(post(urlEqualTo("/bot" + TOKEN + "/" + method)).inScenario(scenario)
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(aResponse().withStatus(firstStatus).withHeader("Content-Type", "application/json")
                        .withBody(first))
                .willSetStateTo("done"));
        server.stubFor(post(urlEqualTo("/bot" + TOKEN + "/" + method)).inScenario(scenario)
                .whenScenarioStateIs("done").willReturn(okJson(then)));
    }

    public void file(String fileId, String path, byte[] bytes, String contentType) {
        server.stubFor(post(urlEqualTo("/bot" + TOKEN + "/getFile")).withRequestBody(
                        com.github.tomakehurst.wiremock.client.WireMock.containing(fileId))
                .willReturn(okJson("{\"ok\":true,\"result\":{\"file_id\":\"" + fileId
                        + "\",\"file_unique_id\":\"u1\",\"file_size\":" + bytes.length + ",\"file_path\":\"" + path + "\"}}")));
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo("/file/bot" + TOKEN + "/" + path))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", contentType).withBody(bytes)));
    }

    public List<LoggedRequest> calls(String method) {
        return server.findAll(postRequestedFor(urlEqualTo("/bot" + TOKEN + "/" + method)));
    }

    /** The JSON bodies of the calls of a method, oldest first. */
    public List<JsonNode> jsonCalls(String method) {
        return calls(method).stream().map(r -> Api.JSON.readTree(r.getBodyAsString())).toList();
    }

    public Map<String, Object> channelSettings() {
        return Map.of("botToken", TOKEN, "apiBaseUrl", baseUrl());
    }

    @Override
    public void close() {
        server.stop();
    }
}
