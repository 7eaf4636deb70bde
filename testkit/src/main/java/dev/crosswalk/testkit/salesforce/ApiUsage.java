package dev.crosswalk.testkit.salesforce;

import java.util.concurrent.atomic.AtomicLong;

/** An org's daily API request allowance. Thread-safe. */
final class ApiUsage {

    private final AtomicLong used = new AtomicLong();
    private final long max;

    ApiUsage(long max) {
        this.max = max;
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
