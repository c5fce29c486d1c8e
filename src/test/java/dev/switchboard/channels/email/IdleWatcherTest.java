package dev.switchboard.channels.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A mailbox waited on in IMAP IDLE on a real in-process mail server: a new mail is heard at once. */
class IdleWatcherTest {

    static final String SHOP = "orders@shop.example.test";

    GreenMail mail;
    IdleWatcher watcher;

    @BeforeEach
    void start() {
        mail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
        mail.start();
        mail.setUser(SHOP, SHOP, "shop-pass");
    }

    @AfterEach
    void stop() {
        if (watcher != null) {
            watcher.stop();
        }
        mail.stop();
    }

    @Test
    void aNewMailIsHeardAtOnceAndAgainAfterTheConnectionIsKeptAlive() {
        AtomicInteger heard = new AtomicInteger();
        watcher = IdleWatcher.start(mailbox(), heard::incrementAndGet);
        await().atMost(Duration.ofSeconds(10)).until(watcher::idling);
        assertThat(heard).hasValue(0);

        GreenMailUtil.sendTextEmail(SHOP, "client@example.test", "Bouquet for Friday", "Do you have peonies?",
                mail.getSmtp().getServerSetup());
        await().atMost(Duration.ofSeconds(5)).untilAtomic(heard, org.hamcrest.Matchers.equalTo(1));

        watcher.keepAlive();
        await().atMost(Duration.ofSeconds(10)).until(watcher::idling);
        GreenMailUtil.sendTextEmail(SHOP, "client@example.test", "Re: Bouquet for Friday", "And roses?",
                mail.getSmtp().getServerSetup());
        await().atMost(Duration.ofSeconds(5)).untilAtomic(heard, org.hamcrest.Matchers.equalTo(2));
    }

    @Test
    void aLostServerIsReconnectedAndWatchedAgain() throws Exception {
        watcher = IdleWatcher.start(mailbox(), () -> {
        });
        await().atMost(Duration.ofSeconds(10)).until(watcher::idling);
        mail.stop();
        await().atMost(Duration.ofSeconds(10)).until(() -> !watcher.idling());
    }

    private Mailbox mailbox() {
        return new Mailbox(SHOP, "127.0.0.1", mail.getImap().getPort(), "127.0.0.1", mail.getSmtp().getPort(), SHOP,
                "shop-pass", "none");
    }
}
