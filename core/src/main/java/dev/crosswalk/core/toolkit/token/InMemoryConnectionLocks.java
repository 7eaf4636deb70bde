package dev.crosswalk.core.toolkit.token;

import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.port.out.store.ConnectionLocks;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Per-connection locks inside one JVM: right for a single node and for tests, not for a cluster. Thread-safe.
 *
 * @since 0.1
 */
public final class InMemoryConnectionLocks implements ConnectionLocks {

    private final ConcurrentMap<ConnectionRef, ReentrantLock> locks = new ConcurrentHashMap<>();

    @Override
    public Lease acquire(ConnectionRef ref, Duration wait) {
        ReentrantLock lock = locks.computeIfAbsent(ref, any -> new ReentrantLock());
        try {
            if (!lock.tryLock(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new LockTimeoutException(ref, wait);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new LockTimeoutException(ref, wait);
        }
        AtomicBoolean released = new AtomicBoolean();
        return () -> {
            if (released.compareAndSet(false, true)) {
                lock.unlock();
            }
        };
    }
}
