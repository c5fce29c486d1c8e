package dev.switchboard.chats;

import dev.switchboard.channels.Channels;
import dev.switchboard.support.ChatBook;
import dev.switchboard.support.IntegrationTest;
import dev.switchboard.support.TestWorkspace;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A base for tests that build their chats with a {@link ChatBook} in a fresh workspace. */
@IntegrationTest
abstract class ChatBookTest {

    @LocalServerPort
    protected int port;
    @Autowired
    Channels channels;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;

    ChatBook book() {
        return new ChatBook(TestWorkspace.signUp(port), channels, events, new TransactionTemplate(transactions));
    }
}
