package dev.crosswalk.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.port.out.store.ConnectionLocks;
import dev.crosswalk.core.port.out.store.ConnectionLocks.Lease;
import dev.crosswalk.core.port.out.store.ConnectionLocks.LockTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ConnectionLocks} implementation promises, the in-memory one and the database one alike: mutual
 * exclusion, timeouts, hand-over, release from any thread, and an interrupted waiter that gives up cleanly.
 * {@link #nodeA()} and {@link #nodeB()} are two nodes of a cluster (the same instance for a single-node lock).
 */
interface LockContract {

    Duration BRIEFLY = Duration.ofMillis(50);
    Duration PATIENTLY = Duration.ofSeconds(10);

    ConnectionLocks nodeA();

    ConnectionLocks nodeB();

    static ConnectionRef newRef() {
        return new ConnectionRef(new TenantId("tenant-" + UUID.randomUUID()), new ConnectionId("acme"));
    }

    @Test
    default void keepsAnotherNodeOutWhileALeaseIsHeld() {
        ConnectionRef ref = LockContract.newRef();

        Lease held = nodeA().acquire(ref, BRIEFLY);
        try {
            assertThatThrownBy(() -> nodeB().acquire(ref, BRIEFLY))
                    .isInstanceOf(LockTimeoutException.class)
                    .hasMessageContaining(ref.toString());
        } finally {
            held.close();
        }
    }

    @Test
    default void keepsASecondCallerOnTheSameNodeOut() {
        ConnectionRef ref = LockContract.newRef();

        Lease held = nodeA().acquire(ref, BRIEFLY);
        try {
            assertThatThrownBy(() -> nodeA().acquire(ref, Duration.ZERO)).isInstanceOf(LockTimeoutException.class);
        } finally {
            held.close();
        }
    }

    @Test
    default void grantsTheLockToAnotherNodeOnceTheLeaseIsClosed() {
        ConnectionRef ref = LockContract.newRef();
        nodeA().acquire(ref, BRIEFLY).close();

        try (Lease taken = nodeB().acquire(ref, Duration.ZERO)) {
            assertThat(taken).isNotNull();
        }
    }

    @Test
    default void locksEachConnectionOfEachTenantSeparately() {
        ConnectionRef ref = LockContract.newRef();
        ConnectionRef otherConnection = new ConnectionRef(ref.tenant(), new ConnectionId("other"));
        ConnectionRef sameIdOtherTenant = new ConnectionRef(new TenantId(ref.tenant() + "-b"), ref.id());

        try (Lease held = nodeA().acquire(ref, BRIEFLY);
                Lease second = nodeB().acquire(otherConnection, Duration.ZERO);
                Lease third = nodeB().acquire(sameIdOtherTenant, Duration.ZERO)) {
            assertThat(List.of(held, second, third)).doesNotContainNull();
        }
    }

    @Test
    default void handsTheLockToAWaitingNodeWhenTheLeaseCloses() throws Exception {
        ConnectionRef ref = LockContract.newRef();
        Lease held = nodeA().acquire(ref, BRIEFLY);

        CompletableFuture<Lease> waiting = CompletableFuture.supplyAsync(() -> nodeB().acquire(ref, PATIENTLY));
        held.close();

        waiting.get(PATIENTLY.toSeconds(), TimeUnit.SECONDS).close();
    }

    @Test
    default void aWaiterInterruptedGivesUpWithTheLockNotTakenAndItsInterruptKept() throws Exception {
        ConnectionRef ref = LockContract.newRef();
        try (Lease held = nodeA().acquire(ref, BRIEFLY)) {
            CompletableFuture<Boolean> interruptKept = new CompletableFuture<>();
            Thread waiter = new Thread(() -> {
                try {
                    nodeB().acquire(ref, PATIENTLY).close();
                    interruptKept.complete(false);
                } catch (LockTimeoutException gaveUp) {
                    interruptKept.complete(Thread.currentThread().isInterrupted());
                }
            });
            waiter.start();
            Thread.sleep(50);
            waiter.interrupt();

            assertThat(interruptKept.get(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    default void aLeaseClosedOnAnotherThreadIsReleased() throws Exception {
        ConnectionRef ref = LockContract.newRef();
        Lease held = nodeA().acquire(ref, BRIEFLY);

        CompletableFuture.runAsync(held::close).get(5, TimeUnit.SECONDS);

        try (Lease taken = nodeB().acquire(ref, Duration.ZERO)) {
            assertThat(taken).isNotNull();
        }
    }

    @Test
    default void neverLetsTwoCallersOnTwoNodesHoldTheLockAtOnce() throws Exception {
        ConnectionRef ref = LockContract.newRef();
        AtomicInteger holders = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        AtomicInteger completed = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int worker = 0; worker < 4; worker++) {
                ConnectionLocks node = worker % 2 == 0 ? nodeA() : nodeB();
                runs.add(workers.submit(() -> {
                    for (int round = 0; round < 10; round++) {
                        Lease lease = node.acquire(ref, PATIENTLY);
                        try {
                            if (holders.incrementAndGet() > 1) {
                                overlaps.incrementAndGet();
                            }
                            Thread.yield();
                            holders.decrementAndGet();
                            completed.incrementAndGet();
                        } finally {
                            lease.close();
                        }
                    }
                }));
            }
            for (Future<?> run : runs) {
                run.get(30, TimeUnit.SECONDS);
            }
        } finally {
            workers.shutdownNow();
        }

        assertThat(overlaps).hasValue(0);
        assertThat(completed).hasValue(40);
    }
}
