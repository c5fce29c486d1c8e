package dev.switchboard.common;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Helpers for the durable jobs every module schedules in the same transaction as its data. */
public final class Jobs {

    private Jobs() {
    }

    /** A job scheduled now is run right after the commit, not at the next poll. */
    public static void wakeAfterCommit(SchedulerClient scheduler) {
        if (scheduler instanceof Scheduler running && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    running.triggerCheckForDueExecutions();
                }
            });
        }
    }
}
