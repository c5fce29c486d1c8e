package dev.switchboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.support.Api;
import dev.switchboard.support.IntegrationTest;
import dev.switchboard.support.TestWorkspace;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The website widget from both sides, in two Chromium windows: a visitor on the widget's page
 * leaves a name and phone as the greeting asks and writes; an operator answers in the inbox;
 * the answer appears in the visitor's window without a reload, and the dialog is still there
 * when the visitor comes back to the site.
 */
@IntegrationTest
class WidgetBrowserIT {

    @LocalServerPort
    int port;

    Browser visitor;
    Browser operator;

    @AfterEach
    void stop() {
        if (visitor != null) {
            visitor.close();
        }
        if (operator != null) {
            operator.close();
        }
    }

    @Test
    void aVisitorWritesOnTheSiteAndSeesTheOperatorsAnswerLive() {
        TestWorkspace ws = TestWorkspace.signUp(port, "en");
        Api.Response widget = ws.api().post("/api/v1/channels", Map.of("type", "widget", "name", "Website",
                "settings", Map.of("title", "Bloom & Co", "color", "#0f766e", "greeting",
                        "Hi! Leave your name and phone, and ask away", "askName", true, "askPhone", true)));
        assertThat(widget.status()).as(widget.body()).isEqualTo(201);
        String page = "http://localhost:" + port + "/widget/try/" + widget.text("/id");

        visitor = new Browser("en");
        visitor.open(page);
        part(".launcher").click();
        visitor.waitFor(d -> part(".messages").getText().contains("Hi! Leave your name and phone, and ask away"));
        part("input[name=name]").sendKeys("Mia Wong");
        part("input[name=phone]").sendKeys("not a phone");
        part("button.start").click();
        visitor.waitFor(d -> part(".contact .error").getText().contains("does not look like a phone number"));
        part("input[name=phone]").clear();
        part("input[name=phone]").sendKeys("+44 20 7946 0958");
        part("button.start").click();
        part("textarea").sendKeys("Do you deliver on Sundays?", Keys.ENTER);
        visitor.waitFor(d -> part(".messages").getText().contains("Do you deliver on Sundays?"));
        visitor.screenshot("widget-visitor-wrote");
        String chat = ws.api().get("/api/v1/chats?category=new").text("/items/0/id");

        operator = new Browser("en");
        operator.open("http://localhost:" + port + "/chats/new");
        operator.find("signin-email").sendKeys(ws.ownerEmail());
        operator.find("signin-password").sendKeys(ws.password() + Keys.ENTER);
        operator.waitFor(d -> operator.find("chat-row").getText().contains("Mia Wong"));
        operator.find("chat-row").click();
        operator.waitFor(d -> operator.all("message").stream().anyMatch(m -> m.getText().contains("Do you deliver")));
        operator.find("composer-input").sendKeys("Yes, every day from 9 to 22.", Keys.ENTER);

        visitor.waitFor(d -> operators().contains("Yes, every day from 9 to 22."));
        assertThat(part(".messages").getText()).contains("Olga Owner");
        visitor.screenshot("widget-answer-live");
        // the visitor saw it: the operator's message turns read
        operator.waitFor(d -> "read".equals(ws.lastOut(chat).at("/status").asString()));

        // back on the site later: the same visitor, the same dialog
        visitor.open(page);
        visitor.waitFor(d -> operators().contains("Yes, every day from 9 to 22."));
        assertThat(part(".messages").getText()).contains("Do you deliver on Sundays?");
        assertThat(visitor.driver.findElements(By.tagName("switchboard-widget"))).hasSize(1);
    }

    private String operators() {
        List<WebElement> rows = shadow().findElements(By.cssSelector(".row.operator"));
        return String.join("\n", rows.stream().map(WebElement::getText).toList());
    }

    private WebElement part(String css) {
        return visitor.waitFor(d -> {
            List<WebElement> found = shadow().findElements(By.cssSelector(css));
            return found.isEmpty() || !found.getFirst().isDisplayed() ? null : found.getFirst();
        });
    }

    private SearchContext shadow() {
        return visitor.driver.findElement(By.tagName("switchboard-widget")).getShadowRoot();
    }
}
