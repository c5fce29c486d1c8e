package dev.switchboard.channels;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The durable delivery queue: a db-scheduler task in PostgreSQL, run by whichever node takes it first. */
@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    @Bean
    OneTimeTask<String> deliverTask(Courier courier) {
        return Tasks.oneTime("deliver-message", String.class)
                .onFailure((ExecutionComplete complete, ExecutionOperations<String> ops) ->
                        courier.retryOrGiveUp(complete, ops))
                .execute((instance, context) -> courier.deliver(instance.getData(),
                        context.getExecution().consecutiveFailures));
    }

    static Instant retryAt(int failures, Duration platformDelay) {
        if (platformDelay != null) {
            return Instant.now().plus(platformDelay);
        }
        long seconds = Math.min(300, (long) Math.pow(2, Math.min(failures, 8)));
        return Instant.now().plusSeconds(seconds);
    }
}
