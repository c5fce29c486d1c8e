package dev.switchboard.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.channels.ChannelType;
import dev.switchboard.channels.Channels;
import dev.switchboard.support.Api;
import dev.switchboard.support.ChatBook;
import dev.switchboard.support.IntegrationTest;
import dev.switchboard.support.Payloads;
import dev.switchboard.support.Telegram;
import dev.switchboard.support.TelegramFake;
import dev.switchboard.support.TestWorkspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chat window in a real browser: a template sent with the client's name filled in, a
 * file sent and a file received, writing first by a phone typed any way, and an operator
 * who cannot open a colleague's chat.
 */
@IntegrationTest
class ChatWindowBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    Channels channels;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;

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
    void aTemplateIsPickedByItsShortcutAndSentWithTheClientsName() {
        TestWorkspace ws = TestWorkspace.signUp(port, "ru");
        Telegram telegram = Telegram.connect(ws, fake);
        telegram.post(Payloads.telegram("text", 1, 101, 287654321));
        assertThat(ws.api().post("/api/v1/templates", Map.of("title", "Приветствие",
                "text", "Здравствуйте, {client.firstName}! Букет будет готов к вечеру.", "shortcut", "hello")).status())
                .isEqualTo(201);
        signIn(ws.ownerEmail(), ws.password(), "ru");
        browser.find("chat-row").click();
        WebElement composer = browser.find("composer-input");
        composer.sendKeys("/hel");
        browser.find("template-picker");
        browser.waitFor(d -> browser.all("template-option").stream().anyMatch(o -> "hello".equals(o.getDomAttribute("data-shortcut"))));
        composer.sendKeys(Keys.ENTER);
        browser.waitFor(d -> composer.getDomProperty("value").startsWith("Здравствуйте, Анна!"));
        browser.screenshot("chat-window-template-ru");
        browser.find("composer-send").click();
        await().atMost(Duration.ofSeconds(10)).until(() -> !fake.calls("sendMessage").isEmpty());
        assertThat(fake.jsonCalls("sendMessage").getFirst().path("text").asString())
                .isEqualTo("Здравствуйте, Анна! Букет будет готов к вечеру.");
        browser.waitFor(d -> browser.all("message").stream().anyMatch(m -> "out".equals(m.getDomAttribute("data-direction"))
                && m.getText().contains("Букет будет готов к вечеру")));
    }

    @Test
    void aFileIsAttachedAndSentAndAFileFromTheClientIsShown() throws IOException {
        TestWorkspace ws = TestWorkspace.signUp(port, "en");
        Telegram telegram = Telegram.connect(ws, fake);
        telegram.post(Payloads.telegram("text", 1, 101, 287654321));
        signIn(ws.ownerEmail(), ws.password(), "en");
        browser.find("chat-row").click();
        browser.find("chat-window");

        Path file = Files.createTempFile("price-list", ".pdf");
        Files.writeString(file, "%PDF-1.4 price list");
        WebElement input = browser.driver.findElement(By.cssSelector("[data-testid='attach-input']"));
        input.sendKeys(file.toAbsolutePath().toString());
        browser.waitFor(d -> browser.all("attachment-chip").size() == 1);
        browser.find("composer-input").sendKeys("Our prices");
        browser.waitFor(d -> browser.find("composer-send").isEnabled());
        browser.find("composer-send").click();
        await().atMost(Duration.ofSeconds(10)).until(() -> !fake.calls("sendDocument").isEmpty());
        assertThat(fake.calls("sendDocument").getFirst().getBodyAsString()).contains("Our prices")
                .contains("filename=\"" + file.getFileName() + "\"");
        browser.waitFor(d -> browser.all("message-attachment").stream()
                .anyMatch(a -> a.getText().contains(file.getFileName().toString())));

        byte[] pixel = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        fake.file("AgACAgIAAxkBAAIBY2large", "photos/file_7.jpg", pixel, "image/jpeg");
        telegram.post(Payloads.telegram("photo", 2, 102, 287654321));
        WebElement image = browser.find("message-image");
        browser.waitFor(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", image));
        browser.screenshot("chat-window-files");
    }

    @Test
    void writingFirstByAPhoneTypedAnyWayOpensTheNewChat() {
        TestWorkspace ws = TestWorkspace.signUp(port, "en");
        ChatBook shop = new ChatBook(ws, channels, events, new TransactionTemplate(transactions));
        String whatsapp = shop.channel("WhatsApp sales", ChannelType.whatsapp);
        signIn(ws.ownerEmail(), ws.password(), "en");
        browser.find("write-first-button").click();
        browser.find("write-first-dialog");
        new Select(browser.find("write-first-channel")).selectByValue(whatsapp);
        browser.find("write-first-address").sendKeys("8 (912) 345-67-89");
        browser.find("write-first-name").sendKeys("Anna Petrova");
        browser.find("write-first-text").sendKeys("Hello Anna! Your order is ready.");
        browser.screenshot("write-first-dialog");
        browser.find("write-first-submit").click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/chats/accepted/"));
        browser.waitFor(d -> browser.all("message").stream()
                .anyMatch(m -> m.getText().contains("Hello Anna! Your order is ready.")));
        browser.waitFor(d -> browser.find("client-phone").getText().contains("+79123456789"));
        String chat = browser.driver.getCurrentUrl().replaceAll(".*/chats/accepted/", "").replaceAll("[?#].*", "");
        Api.Response row = ws.api().get("/api/v1/chats/" + chat);
        assertThat(row.text("/client/name")).isEqualTo("Anna Petrova");
        assertThat(row.text("/category")).isEqualTo("accepted");

        browser.find("write-first-button").click();
        new Select(browser.find("write-first-channel")).selectByValue(whatsapp);
        browser.find("write-first-address").sendKeys("12");
        browser.find("write-first-text").sendKeys("x");
        browser.find("write-first-submit").click();
        browser.waitFor(d -> browser.all("write-first-address-error").stream().anyMatch(WebElement::isDisplayed)
                || browser.all("write-first-error").stream().anyMatch(WebElement::isDisplayed));
        browser.screenshot("write-first-bad-phone");
        assertThat(browser.all("write-first-dialog")).isNotEmpty();
    }

    @Test
    void anOperatorCannotOpenAColleaguesChat() {
        TestWorkspace ws = TestWorkspace.signUp(port, "en");
        ChatBook shop = new ChatBook(ws, channels, events, new TransactionTemplate(transactions));
        String bot = shop.channel("Shop bot", ChannelType.telegram);
        ChatBook.Member oleg = shop.member("Oleg", "operator", false, bot);
        ChatBook.Member vera = shop.member("Vera", "operator", false, bot);
        String verasChat = shop.inbound("Shop bot", "1", "Vera Client", null, null, "Hello Vera");
        String olegsChat = shop.inbound("Shop bot", "2", "Oleg Client", null, null, "Hello Oleg");
        shop.ok(vera.api().post("/api/v1/chats/" + verasChat + "/accept", Map.of()));
        shop.ok(oleg.api().post("/api/v1/chats/" + olegsChat + "/accept", Map.of()));

        signIn(oleg.email(), "correct horse", "en");
        browser.open("http://localhost:" + port + "/chats/accepted");
        browser.waitFor(d -> browser.all("chat-row").size() == 1);
        assertThat(browser.find("chat-row").getText()).contains("Oleg Client");
        browser.open("http://localhost:" + port + "/chats/accepted/" + verasChat);
        browser.find("chat-window");
        browser.find("error-banner");
        browser.screenshot("operator-foreign-chat");
        assertThat(browser.driver.findElement(By.tagName("body")).getText()).doesNotContain("Vera Client")
                .doesNotContain("Hello Vera");
    }

    private void signIn(String email, String password, String language) {
        browser = new Browser(language);
        browser.open("http://localhost:" + port + "/");
        browser.find("signin-email").sendKeys(email);
        browser.find("signin-password").sendKeys(password + Keys.ENTER);
        browser.find("filter-bar");
    }
}
