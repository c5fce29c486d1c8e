package dev.switchboard.channels;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hands one queued message to its platform. A refusal or a delivery is reported at once; a
 * rate limit or a server or network failure is tried again with backoff, honouring the
 * platform's own delay, until the attempts run out.
 */
@Component
class Courier {

    private static final Logger log = LoggerFactory.getLogger(Courier.class);

    private final Channels channels;
    private final Connectors connectors;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final int maxAttempts;

    Courier(Channels channels, Connectors connectors, ApplicationEventPublisher events, TransactionTemplate transaction,
            JsonMapper json, @Value("${switchboard.delivery.max-attempts:8}") int maxAttempts) {
        this.channels = channels;
        this.connectors = connectors;
        this.events = events;
        this.transaction = transaction;
        this.json = json;
        this.maxAttempts = maxAttempts;
    }

    void deliver(String data, int failuresSoFar) {
        OutboundMessage message = json.readValue(data, OutboundMessage.class);
        Delivery outcome = channels.find(message.workspaceId(), message.channelId())
                .map(channel -> attempt(channel, message))
                .orElseGet(() -> new Delivery.Refused("The channel has been removed"));
        switch (outcome) {
            case Delivery.Sent sent -> report(new DeliveryReported(message.workspaceId(), message.messageId(), true,
                    sent.externalId(), null));
            case Delivery.Refused refused -> report(new DeliveryReported(message.workspaceId(), message.messageId(),
                    false, null, refused.reason()));
            case Delivery.TryLater later -> throw new TryAgain(later.reason(), later.after(), message);
        }
    }

    void retryOrGiveUp(ExecutionComplete complete, ExecutionOperations<String> ops) {
        int failures = complete.getExecution().consecutiveFailures + 1;
        Throwable cause = complete.getCause().orElse(null);
        TryAgain again = cause instanceof TryAgain t ? t : null;
        String reason = again != null ? again.getMessage() : String.valueOf(cause);
        if (failures >= maxAttempts) {
            log.warn("Giving up on a delivery after {} attempts: {}", failures, reason);
            OutboundMessage message = json.readValue((String) complete.getExecution().taskInstance.getData(),
                    OutboundMessage.class);
            report(new DeliveryReported(message.workspaceId(), message.messageId(), false, null, reason));
            ops.stop();
            return;
        }
        Instant next = DeliveryConfiguration.retryAt(failures, again == null ? null : again.after);
        log.info("Delivery attempt {} failed ({}); trying again at {}", failures, reason, next);
        ops.reschedule(complete, next);
    }

    private Delivery attempt(Channel channel, OutboundMessage message) {
        if (Channel.DEMO.equals(channel.status())) {
            return new Delivery.Sent("demo:" + message.messageId());
        }
        if (Channel.DISABLED.equals(channel.status())) {
            return new Delivery.Refused("The channel is disabled; enable it in the settings and send again");
        }
        try {
            return connectors.of(channel.type()).deliver(channel, message);
        } catch (RuntimeException e) {
            return new Delivery.TryLater(e.getClass().getSimpleName() + ": " + e.getMessage(), null);
        }
    }

    private void report(DeliveryReported report) {
        transaction.executeWithoutResult(tx -> events.publishEvent(report));
    }

    /** Thrown to make db-scheduler run the failure handler, which reschedules. */
    static final class TryAgain extends RuntimeException {

        private final transient Duration after;

        TryAgain(String reason, Duration after, OutboundMessage message) {
            super(reason);
            this.after = after;
        }
    }
}
