package dev.crosswalk.testkit.salesforce.bulk;

import dev.crosswalk.testkit.salesforce.http.Timestamps;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** How stored values appear in Bulk API CSV: datetimes {@code 2019-04-03T21:23:32.000Z}, nulls empty. */
public final class CsvValues {

    private CsvValues() {
    }

    /** Integral values without a fraction, others in plain (never scientific) notation. */
    static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        double magnitude = Math.abs(d);
        if (magnitude >= 1e-3 && magnitude < 1e7) {
            return Double.toString(d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    public static String text(Object value) {
        return switch (value) {
            case null -> "";
            case String s -> s;
            case Double d -> number(d);
            case Instant instant -> Timestamps.format(instant, "Z");
            case LocalDate date -> date.toString();
            default -> value.toString();
        };
    }
}
