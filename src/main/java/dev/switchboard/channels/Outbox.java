package dev.switchboard.channels;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import dev.switchboard.common.Ids;
import java.time.Instant;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Outbound messages waiting for their platform. Enqueuing joins the caller's transaction, so
 * a message is queued exactly when it is recorded, and survives a restart.
 */
@Service
public class Outbox {

    private final SchedulerClient scheduler;
    private final OneTimeTask<String> deliverTask;
    private final JsonMapper json;

    Outbox(SchedulerClient scheduler, @org.springframework.beans.factory.annotation.Qualifier("deliverTask")
            OneTimeTask<String> deliverTask, JsonMapper json) {
        this.scheduler = scheduler;
        this.deliverTask = deliverTask;
        this.json = json;
    }

    public void enqueue(OutboundMessage message) {
        schedule(message.messageId().toString(), message);
    }

    /**
     * Queues a failed message again, as a delivery of its own: the first one may still be
     * finishing its last attempt.
     */
    public void enqueueRetry(OutboundMessage message) {
        schedule(message.messageId() + ":" + Ids.next(), message);
    }

    private void schedule(String instanceId, OutboundMessage message) {
        scheduler.scheduleIfNotExists(deliverTask.instance(instanceId, json.writeValueAsString(message)), Instant.now());
        dev.switchboard.common.Jobs.wakeAfterCommit(scheduler);
    }
}
