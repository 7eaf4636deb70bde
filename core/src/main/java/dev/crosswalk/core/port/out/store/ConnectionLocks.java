package dev.crosswalk.core.port.out.store;

import dev.crosswalk.core.domain.ConnectionRef;
import java.time.Duration;

/**
 * Mutual exclusion per connection, used to refresh a token once when many workers find it expired. A single-node
 * host may use an in-memory implementation; a cluster needs one that holds across nodes (a database lease).
 * Thread-safe.
 *
 * @since 0.1
 */
public interface ConnectionLocks {

    /**
     * Waits for the connection's lock.
     *
     * @param ref the connection; never {@code null}
     * @param wait how long to wait at most
     * @return the held lease; close it (try-with-resources, or from any thread) to release
     * @throws LockTimeoutException when the lock was not free within {@code wait}, or the thread was interrupted while
     *     waiting (its interrupt flag is then kept)
     */
    Lease acquire(ConnectionRef ref, Duration wait);

    /** A held lock. Closing it twice, or from another thread than the one that took it, is harmless. */
    interface Lease extends AutoCloseable {
        @Override
        void close();
    }

    /** The lock stayed taken for longer than the caller would wait. */
    final class LockTimeoutException extends RuntimeException {
        public LockTimeoutException(ConnectionRef ref, Duration wait) {
            super("the token lock for connection " + ref + " stayed taken for " + wait);
        }
    }
}
