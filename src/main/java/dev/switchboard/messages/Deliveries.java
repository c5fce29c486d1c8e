package dev.switchboard.messages;

import dev.switchboard.channels.DeliveryReported;
import dev.switchboard.channels.ReceiptReceived;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps each outbound message's status as its platform reports it. */
@Component
class Deliveries {

    private final Messages messages;
    private final ApplicationEventPublisher events;

    Deliveries(Messages messages, ApplicationEventPublisher events) {
        this.messages = messages;
        this.events = events;
    }

    /** A receipt from the platform: delivered, read, or failed after all. */
    @EventListener
    void on(ReceiptReceived received) {
        var channel = received.channel();
        messages.applyReceipt(channel.workspaceId(), channel.id(), received.receipt().externalId(),
                        received.receipt().status().name(), received.receipt().error())
                .ifPresent(m -> events.publishEvent(new MessageRecorded(channel.workspaceId(), m.chatId(), m.id(),
                        false)));
    }

    @EventListener
    void on(DeliveryReported report) {
        boolean changed = report.sent()
                ? messages.markSent(report.workspaceId(), report.messageId(), report.externalId())
                : messages.markFailed(report.workspaceId(), report.messageId(), report.error());
        if (changed) {
            messages.chatOf(report.workspaceId(), report.messageId()).ifPresent(chatId -> events.publishEvent(
                    new MessageRecorded(report.workspaceId(), chatId, report.messageId(), false)));
        }
    }
}
