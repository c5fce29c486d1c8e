package dev.switchboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.channels.ChannelType;
import dev.switchboard.channels.Channels;
import dev.switchboard.support.ChatBook;
import dev.switchboard.support.IntegrationTest;
import dev.switchboard.support.TestWorkspace;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The chat list as an operator works it: filter, search, select, act on many, edit a row. */
@IntegrationTest
class ChatListBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    Channels channels;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;

    Browser browser;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void filterSearchSelectAllAcceptThenMoveAChatToAnArchiveStageFromItsRow() {
        TestWorkspace ws = TestWorkspace.signUp(port, "en");
        ChatBook book = new ChatBook(ws, channels, events, new TransactionTemplate(transactions));
        book.channel("Shop bot", ChannelType.telegram);
        book.channel("WhatsApp", ChannelType.whatsapp);
        String anna = book.inbound("Shop bot", "1", "Анна Петрова", "anna_p", "+79123456789", "Есть в наличии?");
        book.inbound("WhatsApp", "2", "John Smith", null, "+447700900123", "Do you deliver?");
        book.inbound("Shop bot", "3", "Ольга", null, null, "Здравствуйте");
        String vip = book.tag("vip");
        book.ok(book.api().post("/api/v1/chats/" + anna + "/tags", Map.of("tagIds", List.of(vip))));

        browser = new Browser("en");
        browser.open("http://localhost:" + port + "/");
        browser.find("signin-email").sendKeys(ws.ownerEmail());
        browser.find("signin-password").sendKeys(ws.password() + Keys.ENTER);
        browser.waitFor(d -> browser.all("chat-row").size() == 3);

        browser.find("filters-button").click();
        option("channelType", "whatsapp").click();
        browser.driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
        browser.waitFor(d -> rows().equals(List.of("John Smith")));
        assertThat(browser.find("filter-chip").getDomAttribute("data-filter")).isEqualTo("channelType");
        assertThat(browser.driver.getCurrentUrl()).contains("channelType=whatsapp");
        browser.waitFor(d -> browser.find("tab-count-new").getText().equals("1"));
        browser.screenshot("chat-list-filtered");

        browser.driver.navigate().refresh();
        browser.waitFor(d -> rows().equals(List.of("John Smith")));
        browser.find("filters-clear-all").click();
        browser.waitFor(d -> browser.all("chat-row").size() == 3);

        browser.find("search-input").sendKeys("8 912 345 67 89");
        browser.waitFor(d -> rows().equals(List.of("Анна Петрова")));
        browser.screenshot("chat-list-search-by-phone");
        browser.find("search-input").sendKeys(Keys.ESCAPE);
        browser.waitFor(d -> browser.all("chat-row").size() == 3);

        browser.find("select-all-page").click();
        browser.find("bulk-menu").click();
        browser.find("bulk-action-accept").click();
        browser.waitFor(d -> browser.find("tab-count-accepted").getText().equals("3")
                && browser.find("tab-count-new").getText().equals("0"));

        browser.find("tab-accepted").click();
        browser.waitFor(d -> browser.all("chat-row").size() == 3);
        WebElement annaRow = browser.all("chat-row").stream()
                .filter(r -> anna.equals(r.getDomAttribute("data-chat-id"))).findFirst().orElseThrow();
        annaRow.findElement(By.cssSelector("[data-testid='stage-cell'] button, [data-testid='stage-cell']")).click();
        browser.waitFor(d -> browser.all("stage-option").stream().anyMatch(o -> o.getText().contains("Won")));
        browser.all("stage-option").stream().filter(o -> o.getText().contains("Won")).findFirst().orElseThrow().click();
        browser.waitFor(d -> browser.find("tab-count-archive").getText().equals("1")
                && browser.all("chat-row").size() == 2);
        assertThat(book.api().get("/api/v1/chats/" + anna).text("/category")).isEqualTo("archive");
        assertThat(book.api().get("/api/v1/chats/" + anna).text("/stage/name")).isEqualTo("Won");
    }

    private WebElement option(String filter, String value) {
        return browser.waitFor(d -> browser.all("filter-section").stream()
                .filter(s -> filter.equals(s.getDomAttribute("data-filter"))).findFirst()
                .map(section -> {
                    section.click();
                    return browser.all("filter-option").stream()
                            .filter(o -> value.equals(o.getDomAttribute("data-value"))).findFirst().orElse(null);
                }).orElse(null));
    }

    private List<String> rows() {
        return browser.all("chat-row").stream()
                .map(r -> r.findElement(By.className("sb-client__name")).getText().strip()).toList();
    }
}
