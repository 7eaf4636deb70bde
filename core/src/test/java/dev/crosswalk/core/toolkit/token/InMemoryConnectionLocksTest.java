package dev.crosswalk.core.toolkit.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.port.out.store.ConnectionLocks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InMemoryConnectionLocksTest {

    private static final Duration SHORT = Duration.ofMillis(50);
    private static final Duration LONG = Duration.ofSeconds(5);

    private final InMemoryConnectionLocks locks = new InMemoryConnectionLocks();
    private final ConnectionRef main = ref("acme", "sf-main");
    private final ExecutorService threads = Executors.newFixedThreadPool(8);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void anotherThreadCannotTakeAHeldConnectionLockAndTimesOut() throws Exception {
        try (ConnectionLocks.Lease held = locks.acquire(main, LONG)) {
            Future<?> other = threads.submit(() -> locks.acquire(main, SHORT).close());

            assertThatThrownBy(() -> other.get(5, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(ConnectionLocks.LockTimeoutException.class)
                    .cause().hasMessageContaining("acme/sf-main");
        }
    }

    @Test
    void anotherThreadTakesTheLockOnceTheLeaseIsClosed() throws Exception {
        ConnectionLocks.Lease held = locks.acquire(main, LONG);
        held.close();

        Future<?> other = threads.submit(() -> locks.acquire(main, SHORT).close());

        assertThatCode(() -> other.get(5, TimeUnit.SECONDS)).doesNotThrowAnyException();
    }

    @Test
    void locksOfDifferentConnectionsDoNotBlockEachOther() throws Exception {
        try (ConnectionLocks.Lease held = locks.acquire(main, LONG)) {
            Future<?> sameIdOtherTenant = threads.submit(() -> locks.acquire(ref("globex", "sf-main"), SHORT).close());
            Future<?> otherIdSameTenant = threads.submit(() -> locks.acquire(ref("acme", "sf-eu"), SHORT).close());

            assertThatCode(() -> sameIdOtherTenant.get(5, TimeUnit.SECONDS)).doesNotThrowAnyException();
            assertThatCode(() -> otherIdSameTenant.get(5, TimeUnit.SECONDS)).doesNotThrowAnyException();
        }
    }

    @Test
    void onlyOneThreadAtATimeHoldsAConnectionsLock() throws Exception {
        AtomicInteger holders = new AtomicInteger();
        AtomicInteger mostHoldersSeen = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            workers.add(threads.submit(() -> {
                go.await();
                for (int round = 0; round < 50; round++) {
                    try (ConnectionLocks.Lease lease = locks.acquire(main, LONG)) {
                        mostHoldersSeen.accumulateAndGet(holders.incrementAndGet(), Math::max);
                        Thread.yield();
                        holders.decrementAndGet();
                    }
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> worker : workers) {
            worker.get(10, TimeUnit.SECONDS);
        }

        assertThat(mostHoldersSeen).hasValue(1);
    }

    @Test
    void closingALeaseTwiceIsHarmlessAndDoesNotReleaseALaterHoldersLock() throws Exception {
        ConnectionLocks.Lease first = locks.acquire(main, LONG);
        first.close();
        ConnectionLocks.Lease second = locks.acquire(main, LONG);

        assertThatCode(first::close).doesNotThrowAnyException();

        Future<?> other = threads.submit(() -> locks.acquire(main, SHORT).close());
        assertThatThrownBy(() -> other.get(5, TimeUnit.SECONDS))
                .hasCauseInstanceOf(ConnectionLocks.LockTimeoutException.class);
        second.close();
    }

    private static ConnectionRef ref(String tenant, String id) {
        return new ConnectionRef(new TenantId(tenant), new ConnectionId(id));
    }
}
