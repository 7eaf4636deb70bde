package dev.crosswalk.core.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How much of a provider's API allowance is spent, as last reported (Salesforce: {@code Sforce-Limit-Info}; HubSpot:
 * its rate-limit headers). Immutable and thread-safe; create with {@link #of(long, long, Instant)}.
 *
 * @since 0.1
 */
public final class QuotaUsage {

    private final long used;
    private final long limit;
    private final Instant observedAt;
    private final Duration window;

    private QuotaUsage(long used, long limit, Instant observedAt, Duration window) {
        if (used < 0 || limit < 1) {
            throw new IllegalArgumentException("quota usage needs used >= 0 and limit >= 1");
        }
        this.used = used;
        this.limit = limit;
        this.observedAt = Objects.requireNonNull(observedAt, "observedAt");
        this.window = window;
    }

    /**
     * @param used calls counted against the allowance, 0 or more
     * @param limit the allowance, 1 or more
     * @param observedAt when the provider reported it; never {@code null}
     * @return the usage, with no window known
     * @throws IllegalArgumentException when {@code used} is negative or {@code limit} below 1
     */
    public static QuotaUsage of(long used, long limit, Instant observedAt) {
        return new QuotaUsage(used, limit, observedAt, null);
    }

    /**
     * @param period the period the allowance covers (Salesforce: a rolling 24 hours); never {@code null}, positive
     * @return this usage with its window
     */
    public QuotaUsage withWindow(Duration period) {
        Objects.requireNonNull(period, "period");
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a quota window is positive");
        }
        return new QuotaUsage(used, limit, observedAt, period);
    }

    /** @return calls counted against the allowance, 0 or more */
    public long used() {
        return used;
    }

    /** @return the allowance, 1 or more */
    public long limit() {
        return limit;
    }

    /** @return calls left, 0 or more */
    public long remaining() {
        return Math.max(0, limit - used);
    }

    /** @return when the provider reported it; never {@code null} */
    public Instant observedAt() {
        return observedAt;
    }

    /** @return the period the allowance covers, if the provider says */
    public Optional<Duration> window() {
        return Optional.ofNullable(window);
    }

    /** @return the spent share, 0.0 to 1.0 or above when the provider over-counts */
    public double fraction() {
        return (double) used / limit;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QuotaUsage that && that.used == used && that.limit == limit
                && that.observedAt.equals(observedAt) && Objects.equals(that.window, window);
    }

    @Override
    public int hashCode() {
        return Objects.hash(used, limit, observedAt, window);
    }

    @Override
    public String toString() {
        return "QuotaUsage[" + used + "/" + limit + " at " + observedAt + (window == null ? "" : " per " + window) + "]";
    }
}
