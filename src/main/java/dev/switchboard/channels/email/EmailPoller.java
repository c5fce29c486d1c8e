package dev.switchboard.channels.email;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import dev.switchboard.channels.Channel;
import dev.switchboard.channels.ChannelType;
import dev.switchboard.channels.Channels;
import dev.switchboard.channels.InboundMessage;
import dev.switchboard.channels.InboundMessageReceived;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads every mailbox for mail that arrived since the last look, on one node of the cluster at
 * a time (a recurring db-scheduler job). Each mail is stored in its own transaction and the
 * mailbox's position moves past it only then: a crash in between reads it again, and the
 * inbox stores a repeated {@code Message-ID} once.
 */
@Configuration(proxyBeanMethods = false)
class EmailPoller {

    private static final Logger log = LoggerFactory.getLogger(EmailPoller.class);
    /** At most this many mails per mailbox and round: a full mailbox is caught up over a few rounds. */
    private static final int BATCH = 50;
    static final String TASK = "poll-mailboxes";

    private final Channels channels;
    private final EmailConnector connector;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Duration interval;

    EmailPoller(Channels channels, EmailConnector connector, ApplicationEventPublisher events,
            TransactionTemplate transaction, @Value("${switchboard.email.poll-interval:PT30S}") Duration interval) {
        this.channels = channels;
        this.connector = connector;
        this.events = events;
        this.transaction = transaction;
        this.interval = interval;
    }

    @Bean
    RecurringTask<Void> pollMailboxes() {
        return Tasks.recurring(TASK, FixedDelay.of(interval)).execute((instance, context) -> pollAll());
    }

    void pollAll() {
        for (Channel channel : channels.ofType(ChannelType.email)) {
            try {
                poll(channel);
            } catch (MessagingException | IOException | RuntimeException e) {
                log.info("Mailbox of channel {} could not be read: {}", channel.id(), e.getMessage());
                channels.refused(channel.id(), "The mailbox could not be read: " + e.getMessage());
            }
        }
    }

    private void poll(Channel channel) throws MessagingException, IOException {
        try (Store store = Mailbox.of(channel).store()) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            UIDFolder uids = (UIDFolder) inbox;
            long validity = uids.getUIDValidity();
            long last = validity == number(channel, "uidValidity") ? number(channel, "lastUid") : 0;
            Message[] fresh = uids.getMessagesByUID(last + 1, UIDFolder.LASTUID);
            int read = 0;
            Map<String, Object> settings = new HashMap<>(channel.settings());
            for (Message message : fresh) {
                long uid = uids.getUID(message);
                if (uid <= last || read++ >= BATCH) {
                    continue; // IMAP answers "n:*" with the last mail even when nothing is new
                }
                Optional<InboundMessage> mail = connector.read(channel, message, validity, uid);
                transaction.executeWithoutResult(tx -> {
                    mail.ifPresent(m -> events.publishEvent(new InboundMessageReceived(channel, m)));
                    settings.put("uidValidity", validity);
                    settings.put("lastUid", uid);
                    channels.saveSettings(channel, settings);
                });
                channels.heard(channel.id());
            }
            inbox.close(false);
        }
    }

    private static long number(Channel channel, String key) {
        String value = channel.setting(key);
        return value.isBlank() ? -1 : Long.parseLong(value);
    }
}
