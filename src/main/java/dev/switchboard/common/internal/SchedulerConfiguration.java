package dev.switchboard.common.internal;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The one durable job scheduler (db-scheduler, its table in PostgreSQL) that runs every module's
 * tasks — outbound messages, outgoing webhooks — on whichever node picks each up first. A job
 * held by a node that is gone (its heartbeat silent for 30 seconds) is run again elsewhere.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerConfiguration {

    @Bean(destroyMethod = "stop")
    Scheduler scheduler(DataSource dataSource, List<Task<?>> tasks,
            @Value("${switchboard.delivery.poll-interval:PT2S}") Duration pollInterval) {
        List<Task<?>> oneTime = tasks.stream().filter(t -> !(t instanceof RecurringTask<?>)).toList();
        List<RecurringTask<?>> recurring = tasks.stream().filter(t -> t instanceof RecurringTask<?>)
                .<RecurringTask<?>>map(t -> (RecurringTask<?>) t).toList();
        Scheduler scheduler = Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), oneTime)
                // recurring jobs (the mailbox poll) are scheduled once for the whole cluster
                .startTasks(recurring)
                .threads(4)
                .pollingInterval(pollInterval)
                .enableImmediateExecution()
                // a node that stops (or dies) holding a job lets another take it within half a minute
                .heartbeatInterval(Duration.ofSeconds(5))
                .missedHeartbeatsLimit(6)
                .shutdownMaxWait(Duration.ofSeconds(5))
                .build();
        scheduler.start();
        return scheduler;
    }
}
