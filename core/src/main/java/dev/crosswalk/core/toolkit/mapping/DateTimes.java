package dev.crosswalk.core.toolkit.mapping;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
        Instant common = commonForm(trimmed);
        if (common != null) {
            return Optional.of(common);
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
     * Reads the forms providers send most, {@code yyyy-MM-ddTHH:mm:ss[.fraction](Z|+HH:MM|+HHMM)}, without a
     * formatter (several times faster).
     *
     * @return the instant, or {@code null} when the text has another form (the formatter then decides)
     */
    private static Instant commonForm(String text) {
        int length = text.length();
        if (length < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int position = 19;
        int nanos = 0;
        if (text.charAt(position) == '.') {
            int digits = 0;
            position++;
            while (position < length && text.charAt(position) >= '0' && text.charAt(position) <= '9') {
                if (digits < 9) {
                    nanos = nanos * 10 + (text.charAt(position) - '0');
                }
                digits++;
                position++;
            }
            if (digits == 0) {
                return null;
            }
            for (int i = digits; i < 9; i++) {
                nanos *= 10;
            }
        }
        int offsetSeconds = offsetSeconds(text, position);
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if (offsetSeconds == Integer.MIN_VALUE || (year | month | day | hour | minute | second) < 0) {
            return null;
        }
        try {
            long epochSecond = LocalDateTime.of(year, month, day, hour, minute, second)
                    .toEpochSecond(ZoneOffset.ofTotalSeconds(offsetSeconds));
            return Instant.ofEpochSecond(epochSecond, nanos);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** @return the offset at {@code position} in seconds, or {@code Integer.MIN_VALUE} when there is none */
    private static int offsetSeconds(String text, int position) {
        int rest = text.length() - position;
        if (rest == 1 && text.charAt(position) == 'Z') {
            return 0;
        }
        char sign = rest > 0 ? text.charAt(position) : ' ';
        if (sign != '+' && sign != '-') {
            return Integer.MIN_VALUE;
        }
        int hours;
        int minutes;
        if (rest == 6 && text.charAt(position + 3) == ':') {
            hours = digits(text, position + 1, 2);
            minutes = digits(text, position + 4, 2);
        } else if (rest == 5) {
            hours = digits(text, position + 1, 2);
            minutes = digits(text, position + 3, 2);
        } else {
            return Integer.MIN_VALUE;
        }
        if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59) {
            return Integer.MIN_VALUE;
        }
        int seconds = hours * 3600 + minutes * 60;
        return sign == '-' ? -seconds : seconds;
    }

    /** @return the number written with {@code count} digits at {@code from}, or -1 when they are not all digits */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
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
