package dev.switchboard.webhooks;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import dev.switchboard.chats.ChatChanged;
import dev.switchboard.chats.ChatList;
import dev.switchboard.common.Jobs;
import dev.switchboard.messages.MessageRecorded;
import dev.switchboard.messages.Messages;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the chat and message events into deliveries, in the transaction that made them: a
 * change that is rolled back calls nobody, and one that commits is called for even if this
 * node dies a moment later. The payload is the chat row or the message as the API shows them.
 */
@Component
class WebhookEvents {

    private final Webhooks webhooks;
    private final ChatList chats;
    private final Messages messages;
    private final SchedulerClient scheduler;
    private final OneTimeTask<String> task;

    WebhookEvents(Webhooks webhooks, ChatList chats, Messages messages, SchedulerClient scheduler,
            @Qualifier("webhookTask") OneTimeTask<String> task) {
        this.webhooks = webhooks;
        this.chats = chats;
        this.messages = messages;
        this.scheduler = scheduler;
        this.task = task;
    }

    @EventListener
    void on(ChatChanged e) {
        send(e.workspaceId(), e.created() ? "chat.created" : "chat.updated",
                () -> chats.row(e.workspaceId(), e.chatId()).map(row -> Map.<String, Object>of("chat", row)).orElse(null));
    }

    @EventListener
    void on(MessageRecorded e) {
        send(e.workspaceId(), e.created() ? "message.created" : "message.updated",
                () -> messages.find(e.workspaceId(), e.messageId()).map(m -> Map.<String, Object>of("message", m))
                        .orElse(null));
    }

    private void send(UUID ws, String event, Supplier<Map<String, Object>> data) {
        List<Webhooks.Webhook> subscribed = webhooks.subscribed(ws, event);
        if (subscribed.isEmpty()) {
            return;
        }
        Map<String, Object> body = data.get();
        if (body == null) {
            return;
        }
        for (Webhooks.Webhook webhook : subscribed) {
            UUID id = webhooks.record(ws, webhook.id(), event, body);
            scheduler.scheduleIfNotExists(task.instance(id.toString(), ws + ":" + id), Instant.now());
        }
        Jobs.wakeAfterCommit(scheduler);
    }

    /** The JSON a webhook receives: the delivery's id (repeated on a retry), the event, its time and data. */
    static Map<String, Object> envelope(UUID deliveryId, String event, Instant at, Object data) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("id", deliveryId.toString());
        envelope.put("type", event);
        envelope.put("createdAt", at.toString());
        envelope.put("data", data);
        return envelope;
    }
}
