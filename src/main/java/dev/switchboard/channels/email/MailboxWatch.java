package dev.switchboard.channels.email;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import dev.switchboard.channels.Channel;
import dev.switchboard.channels.ChannelType;
import dev.switchboard.channels.Channels;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Reads a mail the moment it arrives where the server offers IMAP IDLE, instead of at the next
 * poll: each node waits on every mailbox in IDLE, and a new mail brings the mailbox-reading
 * job ({@link EmailPoller}) forward to now. The job stays the one way mail is read, so it is
 * still read once, on one node; where IDLE is not offered, or its connection is down, the
 * regular poll reads it.
 */
@Component
class MailboxWatch implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailboxWatch.class);
    private static final Duration KEEP_ALIVE = Duration.ofMinutes(9);

    private final Channels channels;
    private final SchedulerClient scheduler;
    private final boolean enabled;
    private final Map<UUID, IdleWatcher> watchers = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService timer;
    private volatile boolean running;

    MailboxWatch(Channels channels, SchedulerClient scheduler,
            @Value("${switchboard.email.idle:true}") boolean enabled) {
        this.channels = channels;
        this.scheduler = scheduler;
        this.enabled = enabled;
    }

    @Override
    public void start() {
        running = true;
        if (!enabled) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("mailbox-watch").factory());
        timer.scheduleWithFixedDelay(this::refresh, 5, 60, TimeUnit.SECONDS);
        timer.scheduleWithFixedDelay(() -> watchers.values().forEach(IdleWatcher::keepAlive),
                KEEP_ALIVE.toSeconds(), KEEP_ALIVE.toSeconds(), TimeUnit.SECONDS);
    }

    @Override
    public void stop() {
        running = false;
        if (timer != null) {
            timer.shutdownNow();
        }
        watchers.values().forEach(IdleWatcher::stop);
        watchers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Watches the mailboxes connected now; a removed or re-configured one is let go. */
    void refresh() {
        try {
            Map<UUID, Channel> mailboxes = channels.ofType(ChannelType.email).stream()
                    .collect(Collectors.toMap(Channel::id, c -> c));
            watchers.entrySet().removeIf(e -> {
                Channel now = mailboxes.get(e.getKey());
                boolean same = now != null && Mailbox.of(now).equals(e.getValue().mailbox());
                if (!same) {
                    e.getValue().stop();
                }
                return !same;
            });
            mailboxes.values().forEach(c -> watchers.computeIfAbsent(c.id(), id -> IdleWatcher.start(Mailbox.of(c),
                    () -> readNow(3))));
        } catch (RuntimeException e) {
            log.warn("Could not refresh the watched mailboxes: {}", e.toString());
        }
    }

    /**
     * Brings the reading of the mailboxes forward to now (on whichever node takes the job); when
     * the job is reading right now, perhaps past the new mail already, it is asked again shortly.
     */
    private void readNow(int tries) {
        try {
            scheduler.reschedule(TaskInstanceId.of(EmailPoller.TASK, RecurringTask.INSTANCE), Instant.now());
        } catch (RuntimeException e) {
            log.debug("Mailboxes not read at once: {}", e.getMessage());
            ScheduledExecutorService t = timer;
            if (tries > 1 && t != null && !t.isShutdown()) {
                t.schedule(() -> readNow(tries - 1), 2, TimeUnit.SECONDS);
            }
            return;
        }
        if (scheduler instanceof Scheduler local) {
            local.triggerCheckForDueExecutions();
        }
    }
}
