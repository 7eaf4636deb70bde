package dev.crosswalk.testkit.salesforce;

import java.util.concurrent.atomic.AtomicLong;

/** An org's daily API request allowance and its cap on concurrent requests. Thread-safe. */
final class ApiUsage {

    private final AtomicLong used = new AtomicLong();
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
    private final long max;
    private final int maxConcurrent;

    ApiUsage(long max, int maxConcurrent) {
        this.max = max;
        this.maxConcurrent = maxConcurrent;
    }

    /** Admits one more concurrent request; false (and nothing held) when the cap is reached. */
    boolean tryEnter() {
        if (inFlight.incrementAndGet() > maxConcurrent) {
            inFlight.decrementAndGet();
            return false;
        }
        return true;
    }

    void exit() {
        inFlight.decrementAndGet();
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
