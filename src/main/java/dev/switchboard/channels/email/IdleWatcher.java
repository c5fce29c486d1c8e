package dev.switchboard.channels.email;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.event.MessageCountAdapter;
import jakarta.mail.event.MessageCountEvent;
import java.time.Duration;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One mailbox waited on in IMAP IDLE (RFC 2177), on a virtual thread of its own: the server
 * says when a mail arrives, and {@code onMail} runs. A lost connection is made again with a
 * growing pause; a server without IDLE is left to the poll.
 */
final class IdleWatcher {

    private static final Logger log = LoggerFactory.getLogger(IdleWatcher.class);
    /** Reads wait this long; {@link #keepAlive()} speaks before that, as RFC 2177 asks every 29 minutes. */
    static final Duration READ_TIMEOUT = Duration.ofMinutes(20);

    private final Mailbox mailbox;
    private final Runnable onMail;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile @Nullable IMAPFolder folder;

    private IdleWatcher(Mailbox mailbox, Runnable onMail) {
        this.mailbox = mailbox;
        this.onMail = onMail;
        this.thread = Thread.ofVirtual().name("idle-" + mailbox.address()).unstarted(this::watch);
    }

    static IdleWatcher start(Mailbox mailbox, Runnable onMail) {
        IdleWatcher watcher = new IdleWatcher(mailbox, onMail);
        watcher.thread.start();
        return watcher;
    }

    Mailbox mailbox() {
        return mailbox;
    }

    /** Whether the mailbox is being waited on in IDLE right now. */
    boolean idling() {
        return folder != null;
    }

    private void watch() {
        long pause = 5_000;
        while (running) {
            try (Store store = mailbox.watchingStore(READ_TIMEOUT)) {
                if (!(store instanceof IMAPStore imap) || !imap.hasCapability("IDLE")) {
                    log.info("The mail server of {} does not offer IDLE; its mail is read by the poll", mailbox.address());
                    return;
                }
                IMAPFolder inbox = (IMAPFolder) store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                inbox.addMessageCountListener(new MessageCountAdapter() {
                    @Override
                    public void messagesAdded(MessageCountEvent e) {
                        onMail.run();
                    }
                });
                folder = inbox;
                pause = 5_000;
                while (running && inbox.isOpen()) {
                    inbox.idle();
                }
            } catch (MessagingException | RuntimeException e) {
                if (running) {
                    log.debug("IDLE on {} ended ({}); again in {} s", mailbox.address(), e.getMessage(), pause / 1000);
                }
            } finally {
                folder = null;
            }
            if (running) {
                sleep(pause);
                pause = Math.min(pause * 2, 300_000);
            }
        }
    }

    /** Speaks to the server (which ends the IDLE; it starts again), so neither side drops a quiet connection. */
    void keepAlive() {
        IMAPFolder f = folder;
        if (f != null) {
            try {
                f.getMessageCount();
            } catch (MessagingException | RuntimeException e) {
                // the watch loop sees the connection gone and makes it again
            }
        }
    }

    void stop() {
        running = false;
        IMAPFolder f = folder;
        if (f != null) {
            try {
                f.getStore().close();
            } catch (MessagingException | RuntimeException e) {
                // closing anyway
            }
        }
        thread.interrupt();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
