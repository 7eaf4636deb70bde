package dev.crosswalk.adapters.persistence;

import static dev.crosswalk.adapters.persistence.generated.Tables.CONNECTION_LOCKS;

import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.port.out.store.ConnectionLocks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Locks held across server nodes as leases: a {@code connection_locks} row names the owner and an expiry. Taking a
 * lock inserts the row, or takes over a row whose lease has expired (its holder crashed); closing the lease deletes
 * the row if this lease still owns it. Waiting polls with a growing pause. Not re-entrant. See decision 0201.
 *
 * <p>The lease expiry is wall-clock time from the injected {@link Clock}, compared across nodes, so node clocks must
 * agree to well within {@link #LEASE_DURATION}. How long a caller waits is measured on this JVM's monotonic clock.
 */
final class LeaseConnectionLocks implements ConnectionLocks {

    /** Outlasts a token refresh (one HTTP call, at most connect + read timeout: 70 s by default) with room to spare; bounds how long a crashed holder blocks others. */
    static final Duration LEASE_DURATION = Duration.ofMinutes(5);

    private static final long FIRST_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
    private static final long LONGEST_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final DSLContext db;
    private final Clock clock;

    LeaseConnectionLocks(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** @throws CancellationException when the thread is interrupted while waiting (its interrupt flag is kept) */
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
            sleep(Math.min(pause, remaining), ref);
            pause = Math.min(pause * 2, LONGEST_PAUSE_NANOS);
        }
        return new TableLease(ref, owner);
    }

    private boolean tryTake(ConnectionRef ref, String owner) {
        Instant now = Times.now(clock);
        Instant expiresAt = now.plus(LEASE_DURATION);
        return tryInsert(ref, owner, expiresAt)
                || db.update(CONNECTION_LOCKS)
                                .set(CONNECTION_LOCKS.OWNER, owner)
                                .set(CONNECTION_LOCKS.EXPIRES_AT, expiresAt)
                                .where(lockOf(ref))
                                .and(CONNECTION_LOCKS.EXPIRES_AT.le(now))
                                .execute()
                        == 1;
    }

    private boolean tryInsert(ConnectionRef ref, String owner, Instant expiresAt) {
        return Inserts.insertIfAbsent(db.insertInto(CONNECTION_LOCKS)
                .set(CONNECTION_LOCKS.TENANT_ID, ref.tenant().value())
                .set(CONNECTION_LOCKS.CONNECTION_ID, ref.id().value())
                .set(CONNECTION_LOCKS.OWNER, owner)
                .set(CONNECTION_LOCKS.EXPIRES_AT, expiresAt));
    }

    private static void sleep(long nanos, ConnectionRef ref) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            CancellationException cancelled =
                    new CancellationException("interrupted while waiting for the token lock of connection " + ref);
            cancelled.initCause(e);
            throw cancelled;
        }
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
                db.deleteFrom(CONNECTION_LOCKS)
                        .where(lockOf(ref))
                        .and(CONNECTION_LOCKS.OWNER.eq(owner))
                        .execute();
            }
        }
    }
}
