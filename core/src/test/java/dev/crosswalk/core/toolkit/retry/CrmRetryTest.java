package dev.crosswalk.core.toolkit.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.port.out.crm.CrmFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CrmRetryTest {

    private static final Duration FIRST = Duration.ofMillis(10);
    private static final Duration LONGEST = Duration.ofMillis(200);

    private final FakeTimer timer = new FakeTimer();
    private final CrmRetry retry = CrmRetry.builder().maxAttempts(3).backoff(FIRST, LONGEST).timer(timer).build();

    @Test
    void retriesATransientFailureUntilTheCallSucceeds() {
        AtomicInteger attempts = new AtomicInteger();

        String result = retry.call(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new CrmFailure.Transient("503 from provider", null, null);
            }
            return "page";
        });

        assertThat(result).isEqualTo("page");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void beginsNoWaitThatWouldEndPastTheCallsTimeBudgetAndRethrowsTheLastFailure() {
        CrmRetry budgeted = CrmRetry.builder().maxAttempts(50).backoff(Duration.ofMillis(40), Duration.ofMillis(40))
                .maxDuration(Duration.ofMillis(100)).timer(timer).build();
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> budgeted.call(failing(attempts, attempt -> {
            timer.advance(Duration.ofMillis(5)); // each attempt takes a little time
            return new CrmFailure.Transient("503 on attempt " + attempt, null, null);
        }))).isInstanceOf(CrmFailure.Transient.class).hasMessage("503 on attempt " + attempts.get());

        // 5 + wait + 5 + wait + 5: at most two waits of 30-50 ms end within 100 ms, and none ends past it
        assertThat(attempts.get()).isBetween(2, 3);
        assertThat(timer.waitEnds()).allSatisfy(end -> assertThat(end).isLessThan(Duration.ofMillis(100)));
    }

    @Test
    void pausesCallsForAnAccountWhoseCallsKeepFailingInPassingAndTriesAgainAfterThePause() throws Exception {
        CrmRetry guarded = CrmRetry.builder().maxAttempts(1).timer(timer)
                .circuitBreaker(3, Duration.ofMillis(200)).build();
        AtomicInteger sent = new AtomicInteger();
        java.util.function.Supplier<String> failing = () -> {
            sent.incrementAndGet();
            throw new CrmFailure.Transient("503 from provider", null, null);
        };
        for (int call = 0; call < 3; call++) {
            assertThatThrownBy(() -> guarded.call("org-a", failing)).hasMessage("503 from provider");
        }

        assertThatThrownBy(() -> guarded.call("org-a", failing)).isInstanceOf(CrmFailure.Transient.class)
                .hasMessageContaining("calls for org-a are paused");
        assertThat(sent).hasValue(3);
        assertThat(guarded.call("org-b", () -> "another org is not paused")).isEqualTo("another org is not paused");

        Thread.sleep(250);
        assertThat(guarded.call("org-a", () -> "recovered")).isEqualTo("recovered");
        assertThat(guarded.call("org-a", () -> "closed again")).isEqualTo("closed again");
    }

    @Test
    void anAnswerFromTheCrmKeepsTheBreakerClosed() {
        CrmRetry guarded = CrmRetry.builder().maxAttempts(1).timer(timer)
                .circuitBreaker(2, Duration.ofMinutes(1)).build();
        for (int call = 0; call < 5; call++) {
            assertThatThrownBy(() -> guarded.call("org-a", () -> {
                throw new CrmFailure.Transient("503", null, null);
            })).hasMessage("503");
            assertThatThrownBy(() -> guarded.call("org-a", () -> {
                throw new CrmFailure.NotFound("no such object", null);
            })).isInstanceOf(CrmFailure.NotFound.class);
        }

        assertThat(guarded.call("org-a", () -> "still open for calls")).isEqualTo("still open for calls");
    }

    @Test
    void refusesANonPositiveTimeBudget() {
        assertThatThrownBy(() -> CrmRetry.builder().maxDuration(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void retriesTransientFailuresUpToMaxAttemptsThenRethrowsTheLastOne() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> retry.call(failing(attempts,
                attempt -> new CrmFailure.Transient("timeout on attempt " + attempt, null, null))))
                .isInstanceOf(CrmFailure.Transient.class)
                .hasMessage("timeout on attempt 3");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void aWriteThatIsNotIdempotentIsNeverSentAgainAfterAFailureThatMayHaveLeftItDone() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> retry.call("acme", CrmRetry.Idempotency.NOT_IDEMPOTENT, failing(attempts,
                attempt -> new CrmFailure.Transient("timeout on attempt " + attempt, null, null))))
                .isInstanceOf(CrmFailure.Transient.class)
                .hasMessage("timeout on attempt 1");
        assertThat(attempts).hasValue(1);
    }

    @Test
    void aWriteThatIsNotIdempotentIsRetriedAfterARateLimitWhichProvesItWasNotCarriedOut() {
        AtomicInteger attempts = new AtomicInteger();

        String result = retry.call("acme", CrmRetry.Idempotency.NOT_IDEMPOTENT, () -> {
            if (attempts.incrementAndGet() < 3) {
                throw new CrmFailure.RateLimited("429", null, null);
            }
            return "created";
        });

        assertThat(result).isEqualTo("created");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void retriesRateLimitedFailuresWithoutRetryAfterUpToMaxAttempts() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> retry.call(failing(attempts,
                attempt -> new CrmFailure.RateLimited("429 on attempt " + attempt, "REQUEST_LIMIT_EXCEEDED", null))))
                .isInstanceOf(CrmFailure.RateLimited.class)
                .hasMessage("429 on attempt 3");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void retriesRateLimitedFailuresWithAShortRetryAfterUpToMaxAttempts() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> retry.call(failing(attempts,
                attempt -> new CrmFailure.RateLimited("429", null, Duration.ofMillis(5)))))
                .isInstanceOf(CrmFailure.RateLimited.class);
        assertThat(attempts).hasValue(3);
    }

    static Stream<CrmFailure> failuresRetryingCannotHelp() {
        return Stream.of(
                new CrmFailure.Rejected("MALFORMED_QUERY", "MALFORMED_QUERY"),
                new CrmFailure.Unauthorized("INVALID_SESSION_ID", "INVALID_SESSION_ID"),
                new CrmFailure.NotFound("NOT_FOUND", "NOT_FOUND"),
                new CrmFailure.InvalidPageToken("not a locator of this org"),
                new CrmFailure.ReauthorizationRequired("invalid_grant", "invalid_grant"));
    }

    @ParameterizedTest
    @MethodSource("failuresRetryingCannotHelp")
    void passesFailuresThatRetryingCannotFixThroughAfterOneAttempt(CrmFailure failure) {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> retry.call(failing(attempts, attempt -> failure))).isSameAs(failure);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void passesABugInTheConnectorThroughAfterOneAttempt() {
        AtomicInteger attempts = new AtomicInteger();
        IllegalStateException bug = new IllegalStateException("bug");

        assertThatThrownBy(() -> retry.call(failing(attempts, attempt -> bug))).isSameAs(bug);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void stopsRetryingAtTheFirstFailureThatIsNotRetryable() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> retry.call(failing(attempts, attempt -> attempt == 1
                ? new CrmFailure.Transient("503", null, null)
                : new CrmFailure.Rejected("INVALID_FIELD", "INVALID_FIELD"))))
                .isInstanceOf(CrmFailure.Rejected.class);
        assertThat(attempts).hasValue(2);
    }

    @Test
    void makesOneAttemptWhenConfiguredForOne() {
        CrmRetry once = CrmRetry.builder().maxAttempts(1).timer(timer).build();
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> once.call(failing(attempts, attempt -> new CrmFailure.Transient("503", null, null))))
                .isInstanceOf(CrmFailure.Transient.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void waitsExactlyTheRetryAfterTheProviderAskedForWhenItIsLongerThanTheBackOff() {
        Duration retryAfter = Duration.ofMillis(80);
        // Several rounds: jitter applied to Retry-After would show up in one of them.
        for (int round = 0; round < 20; round++) {
            AtomicInteger attempts = new AtomicInteger();

            retry.call(() -> {
                if (attempts.incrementAndGet() == 1) {
                    throw new CrmFailure.RateLimited("429", null, retryAfter);
                }
                return "ok";
            });
        }

        assertThat(timer.waits()).hasSize(20).containsOnly(retryAfter);
    }

    @Test
    void waitsTheJitteredBackOffWhenTheRetryAfterIsShorter() {
        assertThatThrownBy(() -> retry.call(failing(new AtomicInteger(),
                attempt -> new CrmFailure.RateLimited("429", null, Duration.ofMillis(1)))))
                .isInstanceOf(CrmFailure.RateLimited.class);

        assertThat(timer.waits()).hasSize(2);
        assertThat(timer.waits().get(0)).isBetween(Duration.ofNanos(7_500_000), Duration.ofNanos(12_500_000));
    }

    @Test
    void doublesTheBackOffBetweenAttemptsWithinAQuarterEitherWayUpToTheLongestDelay() {
        CrmRetry slower = CrmRetry.builder().maxAttempts(7).backoff(Duration.ofMillis(40), LONGEST).timer(timer)
                .build();

        for (int round = 0; round < 20; round++) {
            assertThatThrownBy(() -> slower.call(failing(new AtomicInteger(),
                    attempt -> new CrmFailure.Transient("503", null, null)))).isInstanceOf(CrmFailure.Transient.class);
        }

        List<Duration> waits = timer.waits();
        assertThat(waits).hasSize(20 * 6);
        long[] expectedMillis = {40, 80, 160, 200, 200, 200};
        for (int i = 0; i < waits.size(); i++) {
            long expected = expectedMillis[i % 6];
            assertThat(waits.get(i)).as("wait %d", i % 6).isBetween(
                    Duration.ofMillis(expected * 3 / 4), Duration.ofMillis(expected * 5 / 4));
        }
    }

    @Test
    void givesUpAtOnceWhenTheProviderAsksForALongerWaitThanTheLongestDelay() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> retry.call(failing(attempts,
                attempt -> new CrmFailure.RateLimited("slow down", "RATE_LIMIT", Duration.ofHours(1)))))
                .isInstanceOf(CrmFailure.RateLimited.class)
                .hasMessage("slow down");
        assertThat(attempts).hasValue(1);
        assertThat(timer.waits()).isEmpty();
    }

    @Test
    void neverRetriesASpentAllowanceForThePeriodWhateverItsRetryAfter() {
        for (Duration retryAfter : new Duration[] {null, Duration.ofMillis(1)}) {
            AtomicInteger attempts = new AtomicInteger();
            CrmFailure.QuotaExhausted spent = new CrmFailure.QuotaExhausted("TotalRequests Limit exceeded.",
                    "REQUEST_LIMIT_EXCEEDED", retryAfter);

            assertThatThrownBy(() -> retry.call(failing(attempts, attempt -> spent))).isSameAs(spent);
            assertThat(attempts).hasValue(1);
        }
        assertThat(timer.waits()).isEmpty();
    }

    @Test
    void stopsWaitingWhenInterruptedAndSaysSoWithTheInterruptFlagSet() {
        timer.interruptNextSleep();
        CrmFailure.Transient first = new CrmFailure.Transient("503", null, null);

        try {
            assertThatThrownBy(() -> retry.call(failing(new AtomicInteger(), attempt -> first)))
                    .isInstanceOf(CrmFailure.Transient.class)
                    .hasMessageContaining("interrupted while waiting to retry")
                    .satisfies(failure -> assertThat(failure.getSuppressed()).containsExactly(first));
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void refusesFewerThanOneAttempt() {
        assertThatThrownBy(() -> CrmRetry.builder().maxAttempts(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesABackOffWhoseFirstDelayIsNotPositiveOrExceedsTheLongest() {
        assertThatThrownBy(() -> CrmRetry.builder().backoff(Duration.ZERO, LONGEST))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CrmRetry.builder().backoff(LONGEST, FIRST))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static java.util.function.Supplier<String> failing(
            AtomicInteger attempts, IntFunction<? extends RuntimeException> failureOnAttempt) {
        return () -> {
            throw failureOnAttempt.apply(attempts.incrementAndGet());
        };
    }

    /** Time that moves only when a retry waits (or a test says), recording every wait. Thread-confined. */
    private static final class FakeTimer implements CrmRetry.Timer {
        private long now;
        private final List<Duration> waits = new ArrayList<>();
        private final List<Duration> waitEnds = new ArrayList<>();
        private boolean interruptNext;

        @Override
        public long nanoTime() {
            return now;
        }

        @Override
        public void sleep(Duration wait) throws InterruptedException {
            if (interruptNext) {
                throw new InterruptedException();
            }
            waits.add(wait);
            now += wait.toNanos();
            waitEnds.add(Duration.ofNanos(now));
        }

        void advance(Duration time) {
            now += time.toNanos();
        }

        List<Duration> waitEnds() {
            return waitEnds;
        }

        List<Duration> waits() {
            return waits;
        }

        void interruptNextSleep() {
            interruptNext = true;
        }
    }
}
