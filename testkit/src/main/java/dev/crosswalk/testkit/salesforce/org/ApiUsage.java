package dev.crosswalk.testkit.salesforce.org;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An org's daily API request allowance and its cap on concurrent long-running requests. How long a request has run is
 * read from the emulator's clock, so a test with a clock it moves makes requests long-running without waiting.
 * Thread-safe.
 */
public final class ApiUsage {

    private final AtomicLong used = new AtomicLong();
    private final Map<Long, Instant> started = new HashMap<>();
    private final long max;
    private final int maxLongRunning;
    private final Duration longRunningThreshold;
    private long tickets;

    ApiUsage(long max, int maxLongRunning, Duration longRunningThreshold) {
        this.max = max;
        this.maxLongRunning = maxLongRunning;
        this.longRunningThreshold = longRunningThreshold;
    }

    /**
     * Admits a request unless the cap's worth of admitted requests have each run for the threshold or longer.
     *
     * @param now the emulator clock's time
     * @return what ends the admitted request, or empty when it is refused (nothing is held then)
     */
    public synchronized Optional<Runnable> tryEnter(Instant now) {
        Instant longRunningSince = now.minus(longRunningThreshold);
        long longRunning = started.values().stream().filter(start -> !start.isAfter(longRunningSince)).count();
        if (longRunning >= maxLongRunning) {
            return Optional.empty();
        }
        long ticket = ++tickets;
        started.put(ticket, now);
        return Optional.of(() -> end(ticket));
    }

    private synchronized void end(long ticket) {
        started.remove(ticket);
    }

    /** Counts one request; false when the allowance was already spent (the request is refused, not counted). */
    public boolean tryAcquire() {
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

    public long used() {
        return used.get();
    }

    public long max() {
        return max;
    }

    /** The {@code Sforce-Limit-Info} header value. */
    public String header() {
        return "api-usage=" + used.get() + "/" + max;
    }
}
