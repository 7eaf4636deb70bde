package dev.crosswalk.core.toolkit.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void readsSeconds() {
        assertThat(RetryAfter.parse("120", NOW)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(" 0 ", NOW)).contains(Duration.ZERO);
    }

    @Test
    void readsAnHttpDateAsTheTimeUntilIt() {
        assertThat(RetryAfter.parse("Sat, 05 Dec 2026 10:02:00 GMT", NOW)).contains(Duration.ofMinutes(2));
    }

    @Test
    void readsADateAlreadyPastAsNoWait() {
        assertThat(RetryAfter.parse("Sat, 05 Dec 2026 09:00:00 GMT", NOW)).contains(Duration.ZERO);
    }

    @Test
    void readsAnAbsurdlyLongNumberAsAVeryLongWaitInsteadOfFailing() {
        assertThat(RetryAfter.parse("99999999999999999999999", NOW).orElseThrow()).isGreaterThan(Duration.ofDays(365));
    }

    @Test
    void ignoresAMissingOrUnreadableValue() {
        assertThat(RetryAfter.parse(null, NOW)).isEmpty();
        assertThat(RetryAfter.parse("", NOW)).isEmpty();
        assertThat(RetryAfter.parse("-5", NOW)).isEmpty();
        assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
        assertThat(RetryAfter.parse("1.5", NOW)).isEmpty();
    }
}
