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

    private final CrmRetry retry = CrmRetry.builder().maxAttempts(3).backoff(FIRST, LONGEST).build();

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
    void startsNoAttemptOnceTheCallsTimeBudgetIsSpentAndRethrowsTheLastFailure() {
        CrmRetry budgeted = CrmRetry.builder().maxAttempts(50).backoff(Duration.ofMillis(40), Duration.ofMillis(40))
                .maxDuration(Duration.ofMillis(100)).build();
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> budgeted.call(failing(attempts,
                attempt -> new CrmFailure.Transient("503 on attempt " + attempt, null, null))))
                .isInstanceOf(CrmFailure.Transient.class)
                .hasMessage("503 on attempt " + attempts.get());
        assertThat(attempts.get()).isBetween(2, 5);
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
        CrmRetry once = CrmRetry.builder().maxAttempts(1).build();
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> once.call(failing(attempts, attempt -> new CrmFailure.Transient("503", null, null))))
                .isInstanceOf(CrmFailure.Transient.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void waitsAtLeastTheRetryAfterTheProviderAskedForWhenItIsLongerThanTheBackOff() {
        Duration retryAfter = Duration.ofMillis(80);
        // Several rounds: a wait that is sometimes shorter (e.g. jitter applied to Retry-After) fails reliably.
        for (int round = 0; round < 6; round++) {
            List<Long> attemptNanos = new ArrayList<>();

            retry.call(() -> {
                attemptNanos.add(System.nanoTime());
                if (attemptNanos.size() == 1) {
                    throw new CrmFailure.RateLimited("429", null, retryAfter);
                }
                return "ok";
            });

            assertThat(attemptNanos).hasSize(2);
            assertThat(Duration.ofNanos(attemptNanos.get(1) - attemptNanos.get(0)))
                    .as("wait before the retry in round %d", round)
                    .isGreaterThanOrEqualTo(retryAfter);
        }
    }

    @Test
    void doublesTheBackOffBetweenAttempts() {
        CrmRetry slower = CrmRetry.builder().maxAttempts(3).backoff(Duration.ofMillis(40), LONGEST).build();
        List<Long> attemptNanos = new ArrayList<>();

        assertThatThrownBy(() -> slower.call(() -> {
            attemptNanos.add(System.nanoTime());
            throw new CrmFailure.Transient("503", null, null);
        })).isInstanceOf(CrmFailure.Transient.class);

        // 80 ms less a quarter of jitter; a lower bound only, so a slow machine cannot fail it
        assertThat(Duration.ofNanos(attemptNanos.get(2) - attemptNanos.get(1)))
                .isGreaterThanOrEqualTo(Duration.ofMillis(60));
    }

    @Test
    void givesUpAtOnceWhenTheProviderAsksForALongerWaitThanTheLongestDelay() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> retry.call(failing(attempts,
                attempt -> new CrmFailure.RateLimited("daily limit", "REQUEST_LIMIT_EXCEEDED", Duration.ofHours(1)))))
                .isInstanceOf(CrmFailure.RateLimited.class)
                .hasMessage("daily limit");
        assertThat(attempts).hasValue(1);
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
}
