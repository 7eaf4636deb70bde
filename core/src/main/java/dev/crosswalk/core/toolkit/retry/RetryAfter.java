package dev.crosswalk.core.toolkit.retry;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads an HTTP {@code Retry-After} header (RFC 9110 section 10.2.3): a number of seconds, or an HTTP date. Connectors
 * use it to classify a refusal; {@link CrmRetry} then waits at least that long. Stateless.
 *
 * @since 0.1
 */
public final class RetryAfter {

    private RetryAfter() {
    }

    /**
     * @param value the header's value, or {@code null} when the response had none
     * @param now the time the response arrived, for a date
     * @return how long to wait: the seconds given, or the time until the date given (zero for a date already past);
     *     empty when there is no value or it is neither form
     */
    public static Optional<Duration> parse(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String trimmed = value.trim();
        if (trimmed.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return trimmed.length() > 12 ? Optional.of(Duration.ofSeconds(999_999_999_999L))
                    : Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
        }
        try {
            Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }
}
