package dev.crosswalk.adapters.persistence;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Recurring jobs that run on one node of the cluster at a time, scheduled in the Crosswalk database
 * ({@code scheduled_tasks}, db-scheduler): each node polls for due jobs; the node that picks one runs it and
 * heartbeats; when that node dies, another picks the job up within about five seconds (four missed one-second
 * heartbeats and a poll). Webhook delivery runs
 * here; later sync jobs will too. Start once per node, close on shutdown. Thread-safe.
 *
 * @since 0.1
 */
public final class JobScheduler implements AutoCloseable {

    private static final Duration HEARTBEAT = Duration.ofSeconds(1);
    private static final int MISSED_HEARTBEATS = 4;
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration LONGEST_SHUTDOWN = Duration.ofSeconds(10);

    private final Scheduler scheduler;

    private JobScheduler(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /**
     * Starts polling for the jobs on this node.
     *
     * @param database the open database whose {@code scheduled_tasks} table coordinates the nodes; never {@code null}
     * @param jobs the recurring jobs, each named uniquely across the cluster; never {@code null}
     * @return the running scheduler
     */
    public static JobScheduler start(CrosswalkDatabase database, List<RecurringJob> jobs) {
        List<RecurringTask<Void>> tasks = jobs.stream()
                .map(job -> Tasks.recurring(job.name(), FixedDelay.of(job.every()))
                        .execute((instance, context) -> job.work().run()))
                .toList();
        Scheduler scheduler = Scheduler.create(database.dataSource())
                .startTasks(tasks)
                .threads(Math.max(1, jobs.size()))
                .pollingInterval(POLL)
                .heartbeatInterval(HEARTBEAT)
                .missedHeartbeatsLimit(MISSED_HEARTBEATS)
                .shutdownMaxWait(LONGEST_SHUTDOWN)
                .build();
        scheduler.start();
        return new JobScheduler(scheduler);
    }

    /** Stops polling, waiting up to ten seconds for a running job to finish; its next run happens on another node. */
    @Override
    public void close() {
        scheduler.stop();
    }

    /**
     * A job run again {@code every} after its last run ended.
     *
     * @param name unique across the cluster, such as {@code crosswalk-webhook-delivery}; never {@code null}
     * @param every the pause between runs; positive
     * @param work what one run does; its failure is logged and the job runs again after the pause
     */
    public record RecurringJob(String name, Duration every, Runnable work) {
        public RecurringJob {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(work, "work");
            if (every.isNegative() || every.isZero()) {
                throw new IllegalArgumentException("a job's pause must be positive: " + every);
            }
        }
    }
}
