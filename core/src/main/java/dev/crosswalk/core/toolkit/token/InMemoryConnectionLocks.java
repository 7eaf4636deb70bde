package dev.crosswalk.core.toolkit.token;

import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.port.out.store.ConnectionLocks;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Per-connection locks inside one JVM: right for a single node and for tests, not for a cluster. Thread-safe.
 *
 * @since 0.1
 */
public final class InMemoryConnectionLocks implements ConnectionLocks {

    private final ConcurrentMap<ConnectionRef, Semaphore> locks = new ConcurrentHashMap<>();

    /**
     * @throws LockTimeoutException when the lock was not free within {@code wait}, or the thread was interrupted while
     *     waiting (its interrupt flag is kept)
     */
    @Override
    public Lease acquire(ConnectionRef ref, Duration wait) {
        Semaphore lock = locks.computeIfAbsent(ref, any -> new Semaphore(1));
        try {
            if (!lock.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new LockTimeoutException(ref, wait);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new LockTimeoutException(ref, wait);
        }
        AtomicBoolean released = new AtomicBoolean();
        return () -> {
            if (released.compareAndSet(false, true)) {
                lock.release(); // a permit, not an owned lock: any thread may close the lease
            }
        };
    }
}
