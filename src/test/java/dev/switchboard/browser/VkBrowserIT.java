package dev.switchboard.browser;

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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An admin connects a VK community from the settings, VK calls the hook, and an operator
 * answers the client's comments from the inbox: publicly under the comment they picked, then
 * in direct messages.
 */
@IntegrationTest
class VkBrowserIT {

    static final String GROUP = "218765432";

    @LocalServerPort
    int port;

    WireMockServer vk;
    Browser browser;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (vk != null) {
            vk.stop();
        }
    }

    @Test
    void aCommunityConnectedInTheSettingsIsAnsweredUnderThePickedCommentAndInDirect() {
        vk = new WireMockServer(wireMockConfig().dynamicPort());
        vk.start();
        answer("groups.getById", "{\"response\":{\"groups\":[{\"id\":218765432,\"name\":\"Фиалка — цветы с доставкой\","
                + "\"screen_name\":\"fialka\",\"type\":\"page\"}],\"profiles\":[]}}");
        answer("users.get", "{\"response\":[{\"id\":210700286,\"first_name\":\"Lindsey\",\"last_name\":\"Stirling\","
                + "\"screen_name\":\"lindseystirling\"}]}");
        answer("wall.getById", "{\"response\":{\"items\":[{\"id\":1543,\"owner_id\":-218765432,\"from_id\":-218765432,"
                + "\"date\":1763900000,\"text\":\"Spring bouquet, 3 500 ₽\"}]}}");
        answer("wall.createComment", "{\"response\":{\"comment_id\":80,\"parents_stack\":[]}}");
        answer("messages.send", "{\"response\":1240}");
        answer("groups.getCallbackConfirmationCode", "{\"response\":{\"code\":\"d8f0a3c1\"}}");
        answer("groups.getCallbackServers", "{\"response\":{\"count\":0,\"items\":[]}}");
        answer("groups.addCallbackServer", "{\"response\":{\"server_id\":3}}");
        answer("groups.setCallbackSettings", "{\"response\":1}");
        TestWorkspace ws = TestWorkspace.signUp(port, "en");

        browser = new Browser("en");
        browser.open("http://localhost:" + port + "/settings/channels");
        browser.find("signin-email").sendKeys(ws.ownerEmail());
        browser.find("signin-password").sendKeys(ws.password() + Keys.ENTER);
        browser.find("channel-add-empty").click();
        browser.find("channel-type-vk").click();
        browser.find("channel-field-groupId").sendKeys("club" + GROUP);
        browser.find("channel-field-accessToken").sendKeys("vk1.a.Fialka-community-token-0123456789");
        String secret = browser.find("channel-field-secret").getDomProperty("value");
        assertThat(secret).as("a secret key is offered").hasSize(24);
        browser.find("channel-advanced").click();
        WebElement baseUrl = browser.find("channel-field-apiBaseUrl");
        baseUrl.sendKeys(Keys.chord(Keys.CONTROL, "a"), vk.baseUrl());
        browser.find("channel-save").click();
        String hook = browser.find("channel-webhook-url").getDomProperty("value");
        assertThat(hook).contains("/hooks/");
        browser.screenshot("vk-connected");
        browser.find("channel-done").click();
        browser.waitFor(d -> browser.find("channel-health").getText().contains("nothing received yet"));
        String channelId = hook.substring(hook.lastIndexOf('/') + 1);

        assertThat(vk.findAll(postRequestedFor(urlEqualTo("/method/groups.addCallbackServer")))).as("the hook is added to VK")
                .hasSize(1);
        Api.Response confirmation = hookCall(channelId, "{\"type\":\"confirmation\",\"group_id\":" + GROUP + "}");
        assertThat(confirmation.body()).as("the code read from VK").isEqualTo("d8f0a3c1");
        String first = Payloads.text("vk/wall-reply-new.json").replace("SECRET", secret);
        hookCall(channelId, first);
        hookCall(channelId, first.replace("\"id\": 77", "\"id\": 79").replace("c4e5f6a7b8", "d5e6f7a8b9")
                .replace("А в розовом цвете есть?", "And can you deliver today?"));
        browser.waitFor(d -> browser.find("channel-health").getText().contains("last message from the platform"));

        browser.open("http://localhost:" + port + "/chats/new");
        browser.find("chat-row").click();
        browser.waitFor(d -> browser.find("post-card").getText().contains("Spring bouquet, 3 500 ₽"));
        browser.waitFor(d -> browser.find("reply-target-quote").getText().contains("And can you deliver today?"));
        WebElement pink = browser.all("message").stream().filter(m -> m.getText().contains("А в розовом цвете есть?"))
                .findFirst().orElseThrow();
        new org.openqa.selenium.interactions.Actions(browser.driver).moveToElement(pink).perform();
        pink.findElement(org.openqa.selenium.By.cssSelector("[data-testid='reply-under']")).click();
        browser.waitFor(d -> browser.find("reply-target-quote").getText().contains("А в розовом цвете есть?"));
        browser.find("composer-input").sendKeys("Yes, pink ones are in", Keys.ENTER);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                !vk.findAll(postRequestedFor(urlEqualTo("/method/wall.createComment"))).isEmpty());
        Map<String, String> comment = Payloads.form(vk.findAll(postRequestedFor(urlEqualTo("/method/wall.createComment")))
                .getFirst().getBodyAsString());
        assertThat(comment).containsEntry("owner_id", "-218765432").containsEntry("post_id", "1543")
                .containsEntry("reply_to_comment", "77").containsEntry("message", "Yes, pink ones are in");

        browser.find("reply-target-direct").click();
        browser.find("composer-input").sendKeys("Sent you the photos in messages", Keys.ENTER);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                !vk.findAll(postRequestedFor(urlEqualTo("/method/messages.send"))).isEmpty());
        assertThat(Payloads.form(vk.findAll(postRequestedFor(urlEqualTo("/method/messages.send"))).getFirst().getBodyAsString()))
                .containsEntry("peer_id", "210700286").containsEntry("message", "Sent you the photos in messages");
        browser.waitFor(d -> browser.all("message-route").stream().map(WebElement::getText).toList()
                .equals(List.of("under the comment", "in direct")));
        browser.screenshot("vk-comment-answers");
    }

    private void answer(String method, String json) {
        vk.stubFor(post(urlEqualTo("/method/" + method)).withRequestBody(containing("access_token="))
                .willReturn(okJson(json)));
    }

    private Api.Response hookCall(String channelId, String body) {
        return new Api(port).postRaw("/hooks/" + channelId, body, "application/json");
    }

}
