package dev.crosswalk.core.toolkit.retry;

import dev.crosswalk.core.port.out.crm.CrmFailure;
import dev.failsafe.CircuitBreaker;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeExecutor;
import dev.failsafe.RetryPolicy;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Retries CRM calls that failed with {@link CrmFailure.RateLimited} or {@link CrmFailure.Transient}, with
 * exponential back-off and jitter, waiting at least as long as a provider's {@code Retry-After}. Passed through at
 * once: a {@link CrmFailure.QuotaExhausted} (waiting cannot help before the period's allowance frees), a
 * {@code Retry-After} longer than the longest configured delay (so the caller can tell its own client when to come
 * back), and every other failure. No attempt starts once a call's time budget is spent, and no wait that would end
 * past it is begun: the last failure is rethrown instead. Time is read and waited through a {@link Timer}, so tests
 * run without sleeping. A call marked {@link Idempotency#NOT_IDEMPOTENT} (a write that could take effect twice) is
 * retried only after a rate limit, which proves the provider did not carry it out, never after a failure that may
 * have left it done. Built by {@link #builder()}; the built value is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CrmRetry {

    /** Back-off delays are spread by this share either way, so callers failing together do not return together. */
    private static final double JITTER = 0.25;
    /** Past this many accounts, the breakers are dropped and start closed again. */
    private static final int BREAKERS_KEPT = 10_000;

    private final FailsafeExecutor<Object> executor;
    private final FailsafeExecutor<Object> refusedOnlyExecutor;
    private final Duration initialDelay;
    private final Duration maxDelay;
    private final Duration maxDuration;
    private final Timer timer;
    private final int breakerFailures;
    private final Duration breakerPause;
    private final Map<Object, CircuitBreaker<Object>> breakers = new ConcurrentHashMap<>();

    private CrmRetry(Builder builder) {
        this.initialDelay = builder.initialDelay;
        this.maxDelay = builder.maxDelay;
        this.maxDuration = builder.maxDuration;
        this.timer = builder.timer;
        this.breakerFailures = builder.breakerFailures;
        this.breakerPause = builder.breakerPause;
        // Failsafe decides which failures are retried and how often; the waits are taken in call() through the timer
        // (Failsafe's own delays read the system clock and sleep the thread). Computing the delay here also keeps a
        // Retry-After from being cut by jitter, which Failsafe's withJitter would apply to it.
        this.executor = Failsafe.with(RetryPolicy.builder()
                .handle(CrmFailure.RateLimited.class, CrmFailure.Transient.class)
                .abortOn(this::cannotBeWaitedOut)
                .withMaxAttempts(builder.maxAttempts)
                .build());
        this.refusedOnlyExecutor = Failsafe.with(RetryPolicy.builder()
                .handle(CrmFailure.RateLimited.class)
                .abortOn(this::cannotBeWaitedOut)
                .withMaxAttempts(builder.maxAttempts)
                .build());
    }

    /**
     * Whether a call may be sent again after a failure that may have left it done (a timeout, a server error).
     *
     * @since 0.1
     */
    public enum Idempotency {
        /** A read, or a write the provider makes idempotent (an upsert by an external id): retried as usual. */
        IDEMPOTENT,
        /**
         * A write that could take effect twice (a create): retried only after a rate limit, which proves the
         * provider did not carry it out.
         */
        NOT_IDEMPOTENT
    }

    private boolean cannotBeWaitedOut(Throwable failure) {
        return failure instanceof CrmFailure.QuotaExhausted
                || failure instanceof CrmFailure.RateLimited rateLimited
                        && rateLimited.retryAfter().filter(wait -> wait.compareTo(maxDelay) > 0).isPresent();
    }

    private Duration delayAfter(int attempts, CrmFailure failure) {
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
            return asked.compareTo(jittered) > 0 ? asked : jittered;
        }
        return jittered;
    }

    /** @return a builder with defaults: 5 attempts, 500 ms first delay, 30 s longest delay, 90 s for a whole call */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param call the CRM call
     * @return its result
     * @throws CrmFailure the last failure once attempts or the time budget are spent, the first one that is not
     *     retryable, a {@link CrmFailure.QuotaExhausted}, or a {@link CrmFailure.RateLimited} whose
     *     {@code Retry-After} is longer than the longest delay; a {@link CrmFailure.Transient} when the thread is
     *     interrupted while waiting (its interrupt flag set again)
     */
    public <T> T call(Supplier<T> call) {
        return attempt(executor, call);
    }

    @SuppressWarnings("unchecked")
    private <T> T attempt(FailsafeExecutor<Object> retrying, Supplier<T> call) {
        long started = timer.nanoTime();
        try {
            return (T) retrying.get(context -> {
                if (context.getAttemptCount() > 0) {
                    waitBeforeRetry(started, context.getAttemptCount(), (CrmFailure) context.getLastException());
                }
                return call.get();
            });
        } catch (BudgetSpent spent) {
            throw spent.lastFailure;
        }
    }

    /**
     * Like {@link #call(Supplier)}, behind a circuit breaker for {@code account} (such as a connection): after
     * consecutive calls that end in a failure in passing ({@link CrmFailure.Transient}, {@link CrmFailure.RateLimited})
     * the breaker opens, and calls for that account fail at once, sending nothing, until its pause is over; then one
     * trial call decides whether it closes again. Other failures and successes close it. Accounts do not affect each
     * other.
     *
     * @param account what the breaker is kept for; equal keys share one; never {@code null}
     * @param call the CRM call
     * @return its result
     * @throws CrmFailure.Transient at once while the account's breaker is open; otherwise as {@link #call(Supplier)}
     * @since 0.1
     */
    public <T> T call(Object account, Supplier<T> call) {
        return call(account, Idempotency.IDEMPOTENT, call);
    }

    /**
     * Like {@link #call(Object, Supplier)}, saying whether the call may be sent again after a failure that may have
     * left it done.
     *
     * @param account what the breaker is kept for; equal keys share one; never {@code null}
     * @param idempotency {@link Idempotency#NOT_IDEMPOTENT} for a write that could take effect twice: it is retried
     *     only after a {@link CrmFailure.RateLimited}; never {@code null}
     * @param call the CRM call
     * @return its result
     * @throws CrmFailure as {@link #call(Object, Supplier)} does; a {@link CrmFailure.Transient} of a call that is not
     *     idempotent after its first attempt
     * @since 0.1
     */
    public <T> T call(Object account, Idempotency idempotency, Supplier<T> call) {
        FailsafeExecutor<Object> retrying = switch (Objects.requireNonNull(idempotency, "idempotency")) {
            case IDEMPOTENT -> executor;
            case NOT_IDEMPOTENT -> refusedOnlyExecutor;
        };
        if (breakers.size() >= BREAKERS_KEPT) {
            breakers.clear();
        }
        CircuitBreaker<Object> breaker = breakers.computeIfAbsent(account, any -> CircuitBreaker.builder()
                .withFailureThreshold(breakerFailures).withDelay(breakerPause).build());
        if (!breaker.tryAcquirePermit()) {
            throw new CrmFailure.Transient("calls for " + account + " are paused: its last " + breakerFailures
                    + " calls failed in passing; the next try is at most " + breakerPause.toSeconds()
                    + " s away", null, null);
        }
        try {
            T result = attempt(retrying, call);
            breaker.recordSuccess();
            return result;
        } catch (CrmFailure.Transient | CrmFailure.RateLimited inPassing) {
            breaker.recordFailure();
            throw inPassing;
        } catch (RuntimeException | Error answered) {
            breaker.recordSuccess(); // the CRM answered: the account is reachable
            throw answered;
        }
    }

    private void waitBeforeRetry(long started, int attempts, CrmFailure last) {
        Duration left = maxDuration.minusNanos(timer.nanoTime() - started);
        Duration wait = delayAfter(attempts, last);
        if (wait.compareTo(left) >= 0) {
            throw new BudgetSpent(last);
        }
        try {
            timer.sleep(wait);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            CrmFailure.Transient stopped = new CrmFailure.Transient(
                    "interrupted while waiting to retry a CRM call: " + last.getMessage(), null, interrupted);
            stopped.addSuppressed(last);
            throw new BudgetSpent(stopped);
        }
    }

    /** Ends retrying with a failure, past Failsafe; never escapes {@link #call}. */
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
        private Timer timer = Timer.SYSTEM;
        private int breakerFailures = 5;
        private Duration breakerPause = Duration.ofSeconds(30);

        private Builder() {
        }

        /** @param source how elapsed time is read and waits are taken; default {@link Timer#SYSTEM} */
        public Builder timer(Timer source) {
            this.timer = Objects.requireNonNull(source, "source");
            return this;
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
         * @param budget how long one call may take, retries included: no wait that would end past it is begun, and
         *     the last failure is rethrown (an attempt under way still runs to its own timeout). Bounds how long a
         *     request thread waits for a CRM.
         */
        public Builder maxDuration(Duration budget) {
            Objects.requireNonNull(budget, "budget");
            if (budget.isNegative() || budget.isZero()) {
                throw new IllegalArgumentException("the time budget must be positive");
            }
            this.maxDuration = budget;
            return this;
        }

        /**
         * @param failures calls in a row ending in a failure in passing after which an account's breaker opens;
         *     default 5
         * @param pause how long it stays open before a trial call; default 30 s
         * @return this builder
         * @since 0.1
         */
        public Builder circuitBreaker(int failures, Duration pause) {
            if (failures < 1 || pause.isNegative() || pause.isZero()) {
                throw new IllegalArgumentException("a circuit breaker needs at least 1 failure and a positive pause");
            }
            this.breakerFailures = failures;
            this.breakerPause = pause;
            return this;
        }

        /** @return the immutable retry */
        public CrmRetry build() {
            return new CrmRetry(this);
        }
    }

    /**
     * Where {@link CrmRetry} reads elapsed time and waits. {@link #SYSTEM} is the JVM's monotonic clock and
     * {@link Thread#sleep}; a test passes one whose {@code sleep} only moves its own time on. Implementations are
     * thread-safe.
     *
     * @since 0.1
     */
    public interface Timer {

        /** The JVM's monotonic clock and a real sleep. */
        Timer SYSTEM = new Timer() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleep(Duration wait) throws InterruptedException {
                Thread.sleep(wait);
            }
        };

        /** @return a monotonic time in nanoseconds, meaningful only as a difference */
        long nanoTime();

        /**
         * @param wait how long to wait, positive
         * @throws InterruptedException when the thread is interrupted while waiting
         */
        void sleep(Duration wait) throws InterruptedException;
    }
}
