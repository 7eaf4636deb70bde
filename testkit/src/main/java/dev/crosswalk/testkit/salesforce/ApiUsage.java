package dev.crosswalk.testkit.salesforce;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An org's daily API request allowance and its cap on concurrent long-running requests. Long-running is wall-clock
 * time, whatever clock the emulator's data follows. Thread-safe.
 */
final class ApiUsage {

    private final AtomicLong used = new AtomicLong();
    private final AtomicLong tickets = new AtomicLong();
    private final Map<Long, Long> startedNanos = new ConcurrentHashMap<>();
    private final long max;
    private final int maxLongRunning;
    private final long longRunningNanos;

    ApiUsage(long max, int maxLongRunning, Duration longRunningThreshold) {
        this.max = max;
        this.maxLongRunning = maxLongRunning;
        this.longRunningNanos = longRunningThreshold.toNanos();
    }

    /**
     * Admits a request unless the cap's worth of admitted requests have each run for the threshold or longer.
     *
     * @return what ends the admitted request, or empty when it is refused (nothing is held then)
     */
    Optional<Runnable> tryEnter() {
        long now = System.nanoTime();
        long longRunning = startedNanos.values().stream().filter(started -> now - started >= longRunningNanos).count();
        if (longRunning >= maxLongRunning) {
            return Optional.empty();
        }
        Long ticket = tickets.incrementAndGet();
        startedNanos.put(ticket, now);
        return Optional.of(() -> startedNanos.remove(ticket));
    }

    /** Counts one request; false when the allowance was already spent (the request is refused, not counted). */
    boolean tryAcquire() {
        while (true) {
            long current = used.get();
            if (current >= max) {
                return false;
            }
            if (used.compareAndSet(current, current + 1)) {
                return true;
            }
        }
    }

    long used() {
        return used.get();
    }

    long max() {
        return max;
    }

    /** The {@code Sforce-Limit-Info} header value. */
    String header() {
        return "api-usage=" + used.get() + "/" + max;
    }
}
