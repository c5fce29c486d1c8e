package dev.switchboard.webhooks;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.switchboard.common.Signatures;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls a webhook with one delivery: {@code POST url} with the JSON envelope, signed
 * {@code X-Switchboard-Signature: sha256=<hex>} with the webhook's secret. A 2xx ends it;
 * anything else is tried again after 1, 2, 4… times the first delay (at most an hour apart)
 * until the webhook has been failing for a day, when it is disabled with the reason.
 */
@Configuration(proxyBeanMethods = false)
class WebhookCourier {

    private static final Logger log = LoggerFactory.getLogger(WebhookCourier.class);

    private final Webhooks webhooks;
    private final JsonMapper json;
    private final RestClient http;
    private final Duration firstRetry;
    private final Duration disableAfter;

    WebhookCourier(Webhooks webhooks, JsonMapper json, RestClient.Builder builder,
            @Value("${switchboard.webhooks.first-retry:PT30S}") Duration firstRetry,
            @Value("${switchboard.webhooks.disable-after:PT24H}") Duration disableAfter) {
        this.webhooks = webhooks;
        this.json = json;
        this.firstRetry = firstRetry;
        this.disableAfter = disableAfter;
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build());
        factory.setReadTimeout(Duration.ofSeconds(15));
        this.http = builder.clone().requestFactory(factory).build();
    }

    @Bean
    OneTimeTask<String> webhookTask() {
        return Tasks.oneTime("webhook-delivery", String.class)
                .onFailure(this::retryOrStop)
                .execute((instance, context) -> deliver(instance.getData()));
    }

    /** One attempt; throws to be tried again. */
    void deliver(String data) {
        String[] ids = data.split(":");
        UUID ws = UUID.fromString(ids[0]);
        UUID deliveryId = UUID.fromString(ids[1]);
        var pending = webhooks.pending(ws, deliveryId);
        if (pending.isEmpty()) {
            return; // delivered already, or its webhook removed
        }
        Webhooks.Pending p = pending.get();
        if (p.webhook().disabledAt() != null) {
            webhooks.abandon(ws, deliveryId, "The webhook is disabled");
            return;
        }
        byte[] body = json.writeValueAsBytes(WebhookEvents.envelope(deliveryId, p.event(), Instant.now(),
                json.readTree(p.payload())));
        Integer status = null;
        String error;
        try {
            var answer = http.post().uri(p.webhook().url()).contentType(MediaType.APPLICATION_JSON)
                    .header("X-Switchboard-Signature", Signatures.header(p.webhook().secret(), body))
                    .header("X-Switchboard-Event", p.event())
                    .header("X-Switchboard-Delivery", deliveryId.toString())
                    .body(body)
                    .exchange((request, response) -> new Answer(response.getStatusCode().value(),
                            new String(response.getBody().readNBytes(300), StandardCharsets.UTF_8)));
            if (answer.status() >= 200 && answer.status() < 300) {
                webhooks.delivered(ws, deliveryId, p.webhook().id(), answer.status());
                return;
            }
            status = answer.status();
            error = "HTTP " + answer.status() + (answer.body().isBlank() ? "" : ": " + answer.body().strip());
        } catch (RuntimeException e) {
            error = dev.switchboard.channels.PlatformHttp.unreachable("The webhook", e);
        }
        Instant failingSince = webhooks.failed(ws, deliveryId, p.webhook().id(), status, error, false);
        if (!Instant.now().isBefore(failingSince.plus(disableAfter))) {
            String reason = "Failing since " + failingSince + "; the last answer: " + error;
            webhooks.disable(ws, p.webhook().id(), reason);
            webhooks.abandon(ws, deliveryId, "The webhook was disabled after failing for "
                    + disableAfter.toHours() + " hours");
            log.warn("Webhook {} of workspace {} disabled: {}", p.webhook().id(), ws, reason);
            return;
        }
        throw new TryAgain(error);
    }

    private void retryOrStop(ExecutionComplete complete, ExecutionOperations<String> ops) {
        int failures = complete.getExecution().consecutiveFailures + 1;
        long factor = 1L << Math.min(failures - 1, 12);
        Duration delay = firstRetry.multipliedBy(factor);
        if (delay.compareTo(Duration.ofHours(1)) > 0) {
            delay = Duration.ofHours(1);
        }
        ops.reschedule(complete, Instant.now().plus(delay));
    }

    private record Answer(int status, String body) {
    }

    /** Makes db-scheduler run the failure handler, which reschedules. */
    static final class TryAgain extends RuntimeException {
        TryAgain(@Nullable String reason) {
            super(reason, null, false, false);
        }
    }
}
