package dev.switchboard.channels;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/** The durable delivery queue: db-scheduler tasks in PostgreSQL, shared by every node. */
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

    @Bean(destroyMethod = "stop")
    Scheduler scheduler(DataSource dataSource, OneTimeTask<String> deliverTask,
            @Value("${switchboard.delivery.poll-interval:PT2S}") Duration pollInterval) {
        Scheduler scheduler = Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), deliverTask)
                .threads(4)
                .pollingInterval(pollInterval)
                .enableImmediateExecution()
                .shutdownMaxWait(Duration.ofSeconds(5))
                .build();
        scheduler.start();
        return scheduler;
    }

    static Instant retryAt(int failures, Duration platformDelay) {
        if (platformDelay != null) {
            return Instant.now().plus(platformDelay);
        }
        long seconds = Math.min(300, (long) Math.pow(2, Math.min(failures, 8)));
        return Instant.now().plusSeconds(seconds);
    }
}
