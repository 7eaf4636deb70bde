package dev.crosswalk.testkit.salesforce;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How stored values appear in Bulk API CSV: datetimes {@code 2019-04-03T21:23:32.000Z}, nulls empty. */
final class CsvValues {

    private static final DateTimeFormatter DATETIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private CsvValues() {
    }

    static String text(Object value) {
        return switch (value) {
            case null -> "";
            case String s -> s;
            case Double d -> d == Math.rint(d) && !Double.isInfinite(d) ? Long.toString(d.longValue())
                    : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            case Instant instant -> DATETIME.format(instant);
            case LocalDate date -> date.toString();
            default -> value.toString();
        };
    }
}
