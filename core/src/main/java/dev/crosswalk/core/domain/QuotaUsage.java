package dev.crosswalk.core.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * How much of a provider's API allowance is spent, as last reported (Salesforce: {@code Sforce-Limit-Info}).
 *
 * @param used calls counted against the allowance, 0 or more
 * @param limit the allowance, 1 or more
 * @param observedAt when the provider reported it; never {@code null}
 */
public record QuotaUsage(long used, long limit, Instant observedAt) {

    public QuotaUsage {
        if (used < 0 || limit < 1) {
            throw new IllegalArgumentException("quota usage needs used >= 0 and limit >= 1");
        }
        Objects.requireNonNull(observedAt, "observedAt");
    }

    /** @return the spent share, 0.0 to 1.0 or above when the provider over-counts */
    public double fraction() {
        return (double) used / limit;
    }
}
