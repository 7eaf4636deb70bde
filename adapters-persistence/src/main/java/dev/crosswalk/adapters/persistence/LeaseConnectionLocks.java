package dev.crosswalk.adapters.persistence;

import static dev.crosswalk.adapters.persistence.generated.Tables.CONNECTION_LOCKS;

import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.port.out.store.ConnectionLocks;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Locks held across server nodes as short leases: a {@code connection_locks} row names the owner and an expiry on the
 * database's clock. Taking a lock inserts the row, or takes over a row whose lease has expired; a heartbeat thread
 * extends every lease this instance holds, so a lease lives as long as its holder and runs out within
 * {@link #LEASE} of the holder's death. Closing a lease (from any thread) deletes the row if it still owns it. Waiting
 * polls with a growing pause. Not re-entrant. See decision 0201.
 */
final class LeaseConnectionLocks implements ConnectionLocks, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LeaseConnectionLocks.class);

    /** How long a lease outlives the last heartbeat of its holder. */
    static final Duration LEASE = Duration.ofSeconds(15);
    /** How often held leases are extended. */
    static final Duration HEARTBEAT = Duration.ofSeconds(5);

    private static final long FIRST_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
    private static final long LONGEST_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final DSLContext db;
    private final Duration lease;
    private final Set<TableLease> held = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeat;

    LeaseConnectionLocks(DSLContext db, Duration lease, Duration heartbeatEvery) {
        this.db = db;
        this.lease = lease;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "crosswalk-lease-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long period = heartbeatEvery.toMillis();
        heartbeat.scheduleWithFixedDelay(this::extendHeldLeases, period, period, TimeUnit.MILLISECONDS);
    }

    /**
     * @throws LockTimeoutException when the lock was not free within {@code wait}, or the thread was interrupted while
     *     waiting (its interrupt flag is kept)
     */
    @Override
    public Lease acquire(ConnectionRef ref, Duration wait) {
        String owner = UUID.randomUUID().toString();
        long deadline = System.nanoTime() + wait.toNanos();
        long pause = FIRST_PAUSE_NANOS;
        while (!tryTake(ref, owner)) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw new LockTimeoutException(ref, wait);
            }
            try {
                TimeUnit.NANOSECONDS.sleep(Math.min(pause, remaining));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new LockTimeoutException(ref, wait);
            }
            pause = Math.min(pause * 2, LONGEST_PAUSE_NANOS);
        }
        TableLease taken = new TableLease(ref, owner);
        held.add(taken);
        return taken;
    }

    /** Stops the heartbeat: the leases still held run out after {@link #LEASE}, as when the process dies. */
    @Override
    public void close() {
        heartbeat.shutdownNow();
    }

    private boolean tryTake(ConnectionRef ref, String owner) {
        return Inserts.insertIfAbsent(db.insertInto(CONNECTION_LOCKS)
                        .set(CONNECTION_LOCKS.TENANT_ID, ref.tenant().value())
                        .set(CONNECTION_LOCKS.CONNECTION_ID, ref.id().value())
                        .set(CONNECTION_LOCKS.OWNER, owner)
                        .set(CONNECTION_LOCKS.EXPIRES_AT, leaseEnd()))
                || db.update(CONNECTION_LOCKS)
                                .set(CONNECTION_LOCKS.OWNER, owner)
                                .set(CONNECTION_LOCKS.EXPIRES_AT, leaseEnd())
                                .where(lockOf(ref))
                                .and(CONNECTION_LOCKS.EXPIRES_AT.le(databaseNow()))
                                .execute()
                        == 1;
    }

    private void extendHeldLeases() {
        for (TableLease lease : held) {
            try {
                int extended = db.update(CONNECTION_LOCKS)
                        .set(CONNECTION_LOCKS.EXPIRES_AT, leaseEnd())
                        .where(lockOf(lease.ref))
                        .and(CONNECTION_LOCKS.OWNER.eq(lease.owner))
                        .execute();
                if (extended == 0) {
                    held.remove(lease); // it ran out and another holder has it, or the connection was deleted
                }
            } catch (RuntimeException unreachable) {
                LOG.warn("could not extend the token lock of connection {}; it runs out unless the next heartbeat"
                        + " reaches the database: {}", lease.ref, unreachable.getMessage());
            }
        }
    }

    /** @return the database's current time: every node compares leases on one clock */
    private static Field<Instant> databaseNow() {
        return DSL.field("CURRENT_TIMESTAMP", CONNECTION_LOCKS.EXPIRES_AT.getDataType());
    }

    private Field<Instant> leaseEnd() {
        return DSL.field("CURRENT_TIMESTAMP + ({0} * INTERVAL '1' SECOND)", CONNECTION_LOCKS.EXPIRES_AT.getDataType(),
                DSL.inline(lease.toMillis() / 1000.0));
    }

    private static Condition lockOf(ConnectionRef ref) {
        return CONNECTION_LOCKS.TENANT_ID.eq(ref.tenant().value())
                .and(CONNECTION_LOCKS.CONNECTION_ID.eq(ref.id().value()));
    }

    /** Releases by deleting the row only while this lease still owns it, so it never frees a successor's lease. */
    private final class TableLease implements Lease {

        private final ConnectionRef ref;
        private final String owner;
        private final AtomicBoolean closed = new AtomicBoolean();

        TableLease(ConnectionRef ref, String owner) {
            this.ref = ref;
            this.owner = owner;
        }

        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                held.remove(this);
                db.deleteFrom(CONNECTION_LOCKS)
                        .where(lockOf(ref))
                        .and(CONNECTION_LOCKS.OWNER.eq(owner))
                        .execute();
            }
        }
    }
}
