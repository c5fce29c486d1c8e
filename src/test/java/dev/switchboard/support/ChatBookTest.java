package dev.switchboard.support;

import dev.switchboard.channels.Channels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A base for tests that build their chats with a {@link ChatBook} in a fresh workspace. */
@IntegrationTest
public abstract class ChatBookTest {

    @LocalServerPort
    protected int port;
    @Autowired
    protected Channels channels;
    @Autowired
    protected ApplicationEventPublisher events;
    @Autowired
    protected PlatformTransactionManager transactions;

    protected ChatBook book() {
        return new ChatBook(TestWorkspace.signUp(port), channels, events, new TransactionTemplate(transactions));
    }
}
