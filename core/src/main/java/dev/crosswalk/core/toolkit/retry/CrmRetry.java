package dev.crosswalk.core.toolkit.retry;

import dev.crosswalk.core.port.out.crm.CrmFailure;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeExecutor;
import dev.failsafe.RetryPolicy;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Retries CRM calls that failed with {@link CrmFailure.RateLimited} or {@link CrmFailure.Transient}, with
 * exponential back-off and jitter, waiting at least as long as a provider's {@code Retry-After}. A
 * {@code Retry-After} longer than the longest configured delay is not waited out: the failure is rethrown at once,
 * so the caller can tell its own client when to come back. Every other failure passes through at once. Built by
 * {@link #builder()}; the built value is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CrmRetry {

    /** Back-off delays are spread by this share either way, so callers failing together do not return together. */
    private static final double JITTER = 0.25;

    private final FailsafeExecutor<Object> executor;
    private final Duration initialDelay;
    private final Duration maxDelay;
    private final Duration maxDuration;

    private CrmRetry(Builder builder) {
        this.initialDelay = builder.initialDelay;
        this.maxDelay = builder.maxDelay;
        this.maxDuration = builder.maxDuration;
        // The delay is computed here rather than by Failsafe's withBackoff/withJitter/withDelayFnOn: Failsafe applies
        // jitter to a computed delay too (so a Retry-After could be cut by a quarter), and in 3.3.2 a delay function
        // returning null throws a NullPointerException instead of falling back to the back-off. The time budget is kept
        // here too: Failsafe's withMaxDuration, combined with a delay function, retries without delay once the budget
        // has passed (measured with 3.3.2), which would hammer a struggling CRM.
        RetryPolicy<Object> policy = RetryPolicy.builder()
                .handle(CrmFailure.RateLimited.class, CrmFailure.Transient.class)
                .abortOn(this::asksForMoreThanTheLongestDelay)
                .withMaxAttempts(builder.maxAttempts)
                .withDelayFn(context -> withinBudget(context.getElapsedTime(),
                        delayAfter(context.getAttemptCount(), context.getLastException())))
                .build();
        this.executor = Failsafe.with(policy);
    }

    private boolean asksForMoreThanTheLongestDelay(Throwable failure) {
        return failure instanceof CrmFailure.RateLimited rateLimited
                && rateLimited.retryAfter().filter(wait -> wait.compareTo(maxDelay) > 0).isPresent();
    }

    private Duration delayAfter(int attempts, Throwable failure) {
        Duration backoff = initialDelay;
        for (int attempt = 1; attempt < attempts && backoff.compareTo(maxDelay) < 0; attempt++) {
            backoff = backoff.multipliedBy(2);
        }
        if (backoff.compareTo(maxDelay) > 0) {
            backoff = maxDelay;
        }
        double spread = 1 - JITTER + 2 * JITTER * ThreadLocalRandom.current().nextDouble();
        Duration jittered = Duration.ofNanos((long) (backoff.toNanos() * spread));
        if (failure instanceof CrmFailure.RateLimited rateLimited && rateLimited.retryAfter().isPresent()) {
            Duration asked = rateLimited.retryAfter().get();
            if (asked.compareTo(maxDelay) > 0) {
                return maxDelay; // never waited: such a failure aborts
            }
            return asked.compareTo(jittered) > 0 ? asked : jittered;
        }
        return jittered;
    }

    /**
     * The wait before the next attempt never runs much past the budget; that attempt then finds the budget spent. The
     * cut wait is rounded up to the next millisecond because Failsafe sleeps in whole milliseconds, rounding down.
     */
    private Duration withinBudget(Duration elapsed, Duration delay) {
        Duration left = maxDuration.minus(elapsed);
        if (left.isNegative()) {
            return Duration.ZERO;
        }
        return delay.compareTo(left) > 0 ? Duration.ofMillis(left.toMillis() + 1) : delay;
    }

    /** @return a builder with defaults: 5 attempts, 500 ms first delay, 30 s longest delay, 90 s for a whole call */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param call the CRM call
     * @return its result
     * @throws CrmFailure the last failure once attempts or the time budget are spent, the first one that is not
     *     retryable, or a {@link CrmFailure.RateLimited} whose {@code Retry-After} is longer than the longest delay
     */
    @SuppressWarnings("unchecked")
    public <T> T call(Supplier<T> call) {
        try {
            return (T) executor.get(context -> {
                if (context.getAttemptCount() > 0 && context.getElapsedTime().compareTo(maxDuration) >= 0) {
                    throw new BudgetSpent((CrmFailure) context.getLastException());
                }
                return call.get();
            });
        } catch (BudgetSpent spent) {
            throw spent.lastFailure;
        }
    }

    /** Ends retrying once a call's time budget is spent; never escapes {@link #call}. */
    private static final class BudgetSpent extends RuntimeException {
        private final CrmFailure lastFailure;

        BudgetSpent(CrmFailure lastFailure) {
            super(null, null, false, false);
            this.lastFailure = lastFailure;
        }
    }

    /** Configures a {@link CrmRetry}. Not thread-safe. */
    public static final class Builder {
        private int maxAttempts = 5;
        private Duration initialDelay = Duration.ofMillis(500);
        private Duration maxDelay = Duration.ofSeconds(30);
        private Duration maxDuration = Duration.ofSeconds(90);

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

        /**
         * @param budget how long one call may take, retries included: no attempt starts once it is spent, and the last
         *     failure is rethrown (an attempt under way still runs to its own timeout). Bounds how long a request
         *     thread waits for a CRM.
         */
        public Builder maxDuration(Duration budget) {
            Objects.requireNonNull(budget, "budget");
            if (budget.isNegative() || budget.isZero()) {
                throw new IllegalArgumentException("the time budget must be positive");
            }
            this.maxDuration = budget;
            return this;
        }

        /** @return the immutable retry */
        public CrmRetry build() {
            return new CrmRetry(this);
        }
    }
}
