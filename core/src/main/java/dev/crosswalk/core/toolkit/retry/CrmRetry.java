package dev.crosswalk.core.toolkit.retry;

import dev.crosswalk.core.port.out.CrmFailure;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeExecutor;
import dev.failsafe.RetryPolicy;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Retries CRM calls that failed with {@link CrmFailure.RateLimited} or {@link CrmFailure.Transient}, with
 * exponential back-off and jitter, waiting at least as long as a provider's {@code Retry-After}. Every other
 * failure passes through at once. Built by {@link #builder()}; the built value is immutable and thread-safe.
 */
public final class CrmRetry {

    private final FailsafeExecutor<Object> executor;

    private CrmRetry(Builder builder) {
        RetryPolicy<Object> policy = RetryPolicy.builder()
                .handle(CrmFailure.RateLimited.class, CrmFailure.Transient.class)
                .withBackoff(builder.initialDelay, builder.maxDelay, 2.0)
                .withJitter(0.25)
                .withMaxAttempts(builder.maxAttempts)
                .withDelayFnOn(
                        context -> ((CrmFailure.RateLimited) context.getLastException())
                                .retryAfter()
                                .map(wait -> wait.compareTo(builder.maxDelay) > 0 ? builder.maxDelay : wait)
                                .orElse(null),
                        CrmFailure.RateLimited.class)
                .build();
        this.executor = Failsafe.with(policy);
    }

    /** @return a builder with defaults: 5 attempts, 500 ms first delay, 30 s longest delay */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param call the CRM call
     * @return its result
     * @throws CrmFailure the last failure once attempts are spent, or the first one that is not retryable
     */
    @SuppressWarnings("unchecked")
    public <T> T call(Supplier<T> call) {
        return (T) executor.get(call::get);
    }

    /** Configures a {@link CrmRetry}. Not thread-safe. */
    public static final class Builder {
        private int maxAttempts = 5;
        private Duration initialDelay = Duration.ofMillis(500);
        private Duration maxDelay = Duration.ofSeconds(30);

        private Builder() {
        }

        /** @param attempts total attempts including the first, 1 or more */
        public Builder maxAttempts(int attempts) {
            if (attempts < 1) {
                throw new IllegalArgumentException("at least one attempt");
            }
            this.maxAttempts = attempts;
            return this;
        }

        /** @param first the delay before the second attempt; later delays double up to {@code longest} */
        public Builder backoff(Duration first, Duration longest) {
            this.initialDelay = Objects.requireNonNull(first, "first");
            this.maxDelay = Objects.requireNonNull(longest, "longest");
            if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
                throw new IllegalArgumentException("need 0 < first <= longest");
            }
            return this;
        }

        /** @return the immutable retry */
        public CrmRetry build() {
            return new CrmRetry(this);
        }
    }
}
