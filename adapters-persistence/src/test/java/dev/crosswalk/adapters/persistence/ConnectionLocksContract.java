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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two {@link CrosswalkDatabase} instances on one database stand for two server nodes. */
abstract class ConnectionLocksContract extends DatabaseContract {

    private static final Duration BRIEFLY = Duration.ofMillis(50);
    private static final Duration PATIENTLY = Duration.ofSeconds(10);

    private ConnectionLocks node1;
    private ConnectionLocks node2;

    @BeforeAll
    final void openTwoNodes() {
        node1 = database.locks();
        node2 = openAnother(key).locks();
    }

    private ConnectionRef newRef() {
        return new ConnectionRef(new TenantId("tenant-" + UUID.randomUUID()), new ConnectionId("acme"));
    }

    @Test
    void keepsAnotherNodeOutWhileALeaseIsHeld() {
        ConnectionRef ref = newRef();

        Lease held = node1.acquire(ref, BRIEFLY);
        try {
            assertThatThrownBy(() -> node2.acquire(ref, BRIEFLY))
                    .isInstanceOf(LockTimeoutException.class)
                    .hasMessageContaining(ref.toString());
        } finally {
            held.close();
        }
    }

    @Test
    void keepsASecondCallerOnTheSameNodeOut() {
        ConnectionRef ref = newRef();

        Lease held = node1.acquire(ref, BRIEFLY);
        try {
            assertThatThrownBy(() -> node1.acquire(ref, Duration.ZERO)).isInstanceOf(LockTimeoutException.class);
        } finally {
            held.close();
        }
    }

    @Test
    void grantsTheLockToAnotherNodeOnceTheLeaseIsClosed() {
        ConnectionRef ref = newRef();
        node1.acquire(ref, BRIEFLY).close();

        try (Lease taken = node2.acquire(ref, Duration.ZERO)) {
            assertThat(taken).isNotNull();
        }
    }

    @Test
    void locksEachConnectionOfEachTenantSeparately() {
        ConnectionRef ref = newRef();
        ConnectionRef otherConnection = new ConnectionRef(ref.tenant(), new ConnectionId("other"));
        ConnectionRef sameIdOtherTenant = new ConnectionRef(new TenantId(ref.tenant() + "-b"), ref.id());

        try (Lease held = node1.acquire(ref, BRIEFLY);
                Lease second = node2.acquire(otherConnection, Duration.ZERO);
                Lease third = node2.acquire(sameIdOtherTenant, Duration.ZERO)) {
            assertThat(List.of(held, second, third)).doesNotContainNull();
        }
    }

    @Test
    void handsTheLockToAWaitingNodeWhenTheLeaseCloses() throws Exception {
        ConnectionRef ref = newRef();
        Lease held = node1.acquire(ref, BRIEFLY);

        CompletableFuture<Lease> waiting = CompletableFuture.supplyAsync(() -> node2.acquire(ref, PATIENTLY));
        held.close();

        waiting.get(PATIENTLY.toSeconds(), TimeUnit.SECONDS).close();
    }

    @Test
    void takesOverALeaseWhoseHolderVanished() {
        ConnectionRef ref = newRef();
        node1.acquire(ref, BRIEFLY); // never closed: the node crashed

        clock.advance(LeaseConnectionLocks.LEASE_DURATION.plusSeconds(1));

        try (Lease taken = node2.acquire(ref, Duration.ZERO)) {
            assertThat(taken).isNotNull();
        }
    }

    @Test
    void closingAnExpiredLeaseLeavesItsSuccessorHoldingTheLock() {
        ConnectionRef ref = newRef();
        Lease expired = node1.acquire(ref, BRIEFLY);
        clock.advance(LeaseConnectionLocks.LEASE_DURATION.plusSeconds(1));

        Lease successor = node2.acquire(ref, Duration.ZERO);
        try {
            expired.close();
            expired.close();

            assertThatThrownBy(() -> node1.acquire(ref, Duration.ZERO)).isInstanceOf(LockTimeoutException.class);
        } finally {
            successor.close();
        }
    }

    @Test
    void neverLetsTwoCallersOnTwoNodesHoldTheLockAtOnce() throws Exception {
        ConnectionRef ref = newRef();
        AtomicInteger holders = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        AtomicInteger completed = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int worker = 0; worker < 4; worker++) {
                ConnectionLocks node = worker % 2 == 0 ? node1 : node2;
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
