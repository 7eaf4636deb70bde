package dev.crosswalk.core.toolkit.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Optional;

/** Reads the date and date-time texts providers send. Stateless, thread-safe. */
final class DateTimes {

    /** ISO-8601 with the offset written {@code Z}, {@code +01:00} or {@code +0100} (Salesforce: {@code +0000}). */
    private static final DateTimeFormatter OFFSET_DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    private DateTimes() {
    }

    /**
     * @param text an ISO-8601 instant or date-time with an offset ({@code 2024-05-01T10:00:00Z},
     *     {@code 2024-05-01T10:00:00.000+0000}), or a date ({@code 2024-05-01}, read as its start in UTC)
     * @return the instant, or empty when the text is none of these
     */
    static Optional<Instant> instant(String text) {
        String trimmed = text.trim();
        if (trimmed.length() == 10) {
            return date(trimmed).map(date -> date.atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        try {
            var parsed = OFFSET_DATE_TIME.parse(trimmed);
            if (!parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
                return Optional.empty();
            }
            return Optional.of(OffsetDateTime.from(parsed).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * @param text a date ({@code 2024-05-01}) or a date-time, which is cut to its date as written
     * @return the date, or empty when the text is neither
     */
    static Optional<LocalDate> date(String text) {
        String trimmed = text.trim();
        boolean dateTime = trimmed.length() > 10 && trimmed.charAt(10) == 'T' && instant(trimmed).isPresent();
        if (trimmed.length() != 10 && !dateTime) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(trimmed.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
