package dev.switchboard.browser;

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
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** After WhatsApp's 24-hour window, an operator answers with a template Meta approved, in a real browser. */
@IntegrationTest
class WhatsAppBrowserIT {

    static final String NUMBER = "106540352242922";
    static final String SECRET = "4f1e8a2b9c7d6e5f4a3b2c1d0e9f8a7b";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient db;

    WireMockServer meta;
    Browser browser;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (meta != null) {
            meta.stop();
        }
    }

    @Test
    void afterTheWindowTheOperatorSendsAnApprovedTemplate() {
        meta = new WireMockServer(wireMockConfig().dynamicPort());
        meta.start();
        meta.stubFor(get(urlPathEqualTo("/v21.0/" + NUMBER)).willReturn(okJson(
                "{\"verified_name\":\"Fialka Flowers\",\"display_phone_number\":\"+1 555-078-3881\",\"id\":\"" + NUMBER + "\"}")));
        meta.stubFor(get(urlPathEqualTo("/v21.0/102290129340398/message_templates")).willReturn(okJson("""
                {"data": [{"name": "order_update", "language": "en_US", "status": "APPROVED", "category": "UTILITY",
                  "components": [{"type": "BODY", "text": "Hello {{1}}, your order {{2}} is ready."}], "id": "1"}]}""")));
        meta.stubFor(post(urlEqualTo("/v21.0/102290129340398/subscribed_apps")).willReturn(okJson("{\"success\":true}")));
        meta.stubFor(post(urlEqualTo("/v21.0/" + NUMBER + "/messages"))
                .willReturn(okJson(Payloads.text("whatsapp/send-message.json"))));
        TestWorkspace ws = TestWorkspace.signUp(port, "en");
        String channel = ws.api().post("/api/v1/channels", Map.of("type", "whatsapp", "name", "WhatsApp sales",
                "settings", Map.of("phoneNumberId", NUMBER, "accessToken", "EAAGm0PX4ZCpsBAKZBZC1234567890",
                        "appSecret", SECRET, "verifyToken", "tok", "apiBaseUrl", meta.baseUrl(),
                        "businessAccountId", "102290129340398"))).text("/id");
        String update = Payloads.text("whatsapp/text.json");
        new Api(port).header("X-Hub-Signature-256", "sha256=" + MetaHooks.hmac(SECRET, update.getBytes(StandardCharsets.UTF_8)))
                .postRaw("/hooks/" + channel, update, "application/json");
        String chat = ws.api().get("/api/v1/chats?category=new").json().at("/items/0/id").asString();
        db.sql("update chats set last_inbound_at = now() - interval '30 hours' where id = cast(:id as uuid)")
                .param("id", chat).update();

        browser = new Browser("en");
        browser.open("http://localhost:" + port + "/");
        browser.find("signin-email").sendKeys(ws.ownerEmail());
        browser.find("signin-password").sendKeys(ws.password() + Keys.ENTER);
        browser.find("chat-row").click();
        browser.find("reply-window-closed");
        browser.find("platform-template-button").click();
        browser.find("platform-template-dialog");
        browser.find("platform-template-option").click();
        browser.waitFor(d -> browser.all("platform-template-param").size() == 2);
        browser.all("platform-template-param").get(0).sendKeys("Sheena");
        browser.all("platform-template-param").get(1).sendKeys("#3821");
        browser.waitFor(d -> browser.find("platform-template-preview").getText()
                .equals("Hello Sheena, your order #3821 is ready."));
        browser.screenshot("whatsapp-approved-template");
        browser.find("platform-template-send").click();

        await().atMost(Duration.ofSeconds(10)).until(() ->
                !meta.findAll(postRequestedFor(urlEqualTo("/v21.0/" + NUMBER + "/messages"))).isEmpty());
        JsonNode sent = Api.JSON.readTree(meta.findAll(postRequestedFor(urlEqualTo("/v21.0/" + NUMBER + "/messages")))
                .getFirst().getBodyAsString());
        assertThat(sent.path("type").asString()).isEqualTo("template");
        assertThat(sent.path("template").path("components").path(0).path("parameters").path(0).path("text").asString())
                .isEqualTo("Sheena");
        browser.waitFor(d -> browser.all("message").stream().anyMatch(m -> "out".equals(m.getDomAttribute("data-direction"))
                && m.getText().contains("Hello Sheena, your order #3821 is ready.")));
    }
}
