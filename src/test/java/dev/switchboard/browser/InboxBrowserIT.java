package dev.switchboard.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.support.IntegrationTest;
import dev.switchboard.support.Payloads;
import dev.switchboard.support.Telegram;
import dev.switchboard.support.TelegramFake;
import dev.switchboard.support.TestWorkspace;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The operator's main path in a real browser: sign in, see a client's message arrive, accept, answer. */
@IntegrationTest
class InboxBrowserIT {

    @LocalServerPort
    int port;

    TelegramFake fake;
    Browser browser;

    @BeforeEach
    void start() {
        fake = new TelegramFake();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        fake.close();
    }

    @Test
    void anOperatorSeesANewChatLiveAcceptsItAndTheReplyReachesTelegram() {
        TestWorkspace ws = TestWorkspace.signUp(port, "en");
        Telegram telegram = clientWrote(ws);
        signIn(ws, "en", false);

        WebElement row = browser.find("chat-row");
        assertThat(row.getText()).contains("Анна Кузнецова").contains("Есть ли в наличии");
        assertThat(browser.find("tab-count-new").getText()).isEqualTo("1");

        telegram.post(Payloads.telegram("group", 2, 55, -1001234567890L));
        browser.waitFor(d -> browser.all("chat-row").size() == 2);
        assertThat(browser.all("chat-row").getFirst().getText()).contains("Wedding planners");
        browser.waitFor(d -> browser.find("tab-count-new").getText().equals("2"));
        browser.screenshot("inbox-new-chats");

        browser.all("chat-row").stream().filter(r -> r.getText().contains("Анна Кузнецова")).findFirst()
                .orElseThrow().click();
        browser.find("chat-window");
        browser.find("accept-button").click();
        browser.waitFor(d -> browser.find("tab-count-accepted").getText().equals("1"));

        WebElement composer = browser.find("composer-input");
        composer.sendKeys("Добрый день! Да, букет есть.");
        browser.find("composer-send").click();
        browser.waitFor(d -> browser.all("message").stream()
                .anyMatch(m -> "out".equals(m.getDomAttribute("data-direction"))
                        && m.getText().contains("Добрый день! Да, букет есть.")
                        && "sent".equals(m.getDomAttribute("data-status"))));
        browser.screenshot("chat-window-answered");

        await().atMost(Duration.ofSeconds(5)).until(() -> !fake.calls("sendMessage").isEmpty());
        assertThat(fake.jsonCalls("sendMessage").getFirst().path("text").asString())
                .isEqualTo("Добрый день! Да, букет есть.");
        assertThat(fake.jsonCalls("sendMessage").getFirst().path("chat_id").asString()).isEqualTo("287654321");
    }

    @Test
    void aNoteStaysInsideAndIsNeverSentToTheClient() {
        TestWorkspace ws = TestWorkspace.signUp(port, "ru");
        clientWrote(ws);
        signIn(ws, "ru", true);
        browser.find("chat-row").click();
        browser.find("composer-note-toggle").click();
        browser.find("composer-input").sendKeys("Постоянный клиент, скидка 10%");
        browser.find("composer-send").click();
        browser.waitFor(d -> browser.all("message").stream()
                .anyMatch(m -> "note".equals(m.getDomAttribute("data-direction"))
                        && m.getText().contains("Постоянный клиент")));
        browser.screenshot("chat-window-note-ru");
        assertThat(fake.calls("sendMessage")).isEmpty();
    }

    /** A workspace's Telegram bot, to which Анна Кузнецова has written. */
    private Telegram clientWrote(TestWorkspace ws) {
        Telegram telegram = Telegram.connect(ws, fake);
        telegram.post(Payloads.telegram("text", 1, 101, 287654321));
        return telegram;
    }

    private void signIn(TestWorkspace ws, String language, boolean withEnter) {
        browser = new Browser(language);
        browser.open("http://localhost:" + port + "/");
        browser.find("signin-email").sendKeys(ws.ownerEmail());
        if (withEnter) {
            browser.find("signin-password").sendKeys(ws.password() + Keys.ENTER);
        } else {
            browser.find("signin-password").sendKeys(ws.password());
            browser.find("signin-submit").click();
        }
    }
}
