package dev.crosswalk.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.adapters.persistence.JobScheduler.RecurringJob;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A recurring job scheduled by two nodes runs, again and again, on one node at a time. */
abstract class JobSchedulerContract extends DatabaseContract {

    @Test
    void runsAJobThatTwoNodesScheduleOnOneNodeAtATime() throws Exception {
        String name = "job-" + UUID.randomUUID();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch runs = new CountDownLatch(4);
        Runnable work = () -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(200);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
                runs.countDown();
            }
        };
        List<RecurringJob> jobs = List.of(new RecurringJob(name, Duration.ofMillis(100), work));
        try (JobScheduler node1 = JobScheduler.start(database, jobs);
                JobScheduler node2 = JobScheduler.start(openAnother(key), jobs)) {
            assertThat(runs.await(30, TimeUnit.SECONDS)).as("the job ran four times").isTrue();
        }
        assertThat(mostAtOnce.get()).isEqualTo(1);
    }
}
