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
abstract class ConnectionLocksContract extends DatabaseContract implements LockContract {

    private static final Duration SHORT_LEASE = Duration.ofMillis(300);
    private static final Duration SHORT_HEARTBEAT = Duration.ofMillis(100);

    private ConnectionLocks node1;
    private ConnectionLocks node2;

    @BeforeAll
    final void openTwoNodes() {
        node1 = database.locks();
        node2 = openAnother(key).locks();
    }

    @Override
    public ConnectionLocks nodeA() {
        return node1;
    }

    @Override
    public ConnectionLocks nodeB() {
        return node2;
    }

    private static ConnectionRef newRef() {
        return LockContract.newRef();
    }

    @Test
    void takesOverALeaseWhoseHolderDiedWithinAboutOneLease() throws Exception {
        ConnectionRef ref = newRef();
        LeaseConnectionLocks dying = database.locks(SHORT_LEASE, SHORT_HEARTBEAT);
        dying.acquire(ref, BRIEFLY); // never closed: the holder's process dies
        dying.close();

        try (Lease taken = node2.acquire(ref, PATIENTLY)) {
            assertThat(taken).isNotNull();
        }
    }

    @Test
    void keepsALeaseWhoseHolderLivesForManyLeaseDurations() throws Exception {
        ConnectionRef ref = newRef();
        try (LeaseConnectionLocks living = database.locks(SHORT_LEASE, SHORT_HEARTBEAT);
                Lease held = living.acquire(ref, BRIEFLY)) {
            Thread.sleep(SHORT_LEASE.multipliedBy(4).toMillis());

            assertThatThrownBy(() -> node2.acquire(ref, Duration.ZERO)).isInstanceOf(LockTimeoutException.class);
        }
    }

    @Test
    void closingALeaseThatRanOutLeavesItsSuccessorHoldingTheLock() throws Exception {
        ConnectionRef ref = newRef();
        LeaseConnectionLocks dying = database.locks(SHORT_LEASE, SHORT_HEARTBEAT);
        Lease expired = dying.acquire(ref, BRIEFLY);
        dying.close();

        Lease successor = node2.acquire(ref, PATIENTLY);
        try {
            expired.close();
            expired.close();

            assertThatThrownBy(() -> node1.acquire(ref, Duration.ZERO)).isInstanceOf(LockTimeoutException.class);
        } finally {
            successor.close();
        }
    }
}
