package dev.switchboard.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A fresh workspace with a Telegram bot connected to a local fake of the Bot API, for each test. */
@IntegrationTest
public abstract class TelegramInboxTest {

    @LocalServerPort
    protected int port;

    protected TelegramFake fake;
    protected TestWorkspace ws;
    protected Telegram telegram;

    @BeforeEach
    void connectTelegram() {
        fake = new TelegramFake();
        ws = TestWorkspace.signUp(port);
        telegram = Telegram.connect(ws, fake);
    }

    @AfterEach
    void stopTelegram() {
        fake.close();
    }
}
