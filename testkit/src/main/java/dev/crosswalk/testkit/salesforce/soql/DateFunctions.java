package dev.crosswalk.testkit.salesforce.soql;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.util.Set;

/**
 * SOQL date functions in {@code WHERE} ({@code CALENDAR_YEAR(CreatedDate) = 2026}, {@code DAY_ONLY(...)}), evaluated
 * in UTC. Fiscal functions equal the calendar ones (default fiscal year); weeks start on Sunday.
 */
public final class DateFunctions {

    private static final Set<String> KNOWN = Set.of("CALENDAR_MONTH", "CALENDAR_QUARTER", "CALENDAR_YEAR", "DAY_IN_MONTH",
            "DAY_IN_WEEK", "DAY_IN_YEAR", "DAY_ONLY", "FISCAL_MONTH", "FISCAL_QUARTER", "FISCAL_YEAR", "HOUR_IN_DAY",
            "WEEK_IN_MONTH", "WEEK_IN_YEAR");

    private DateFunctions() {
    }

    static boolean isKnown(String name) {
        return KNOWN.contains(name);
    }

    /** {@code DAY_ONLY} yields a LocalDate, the others an Integer; null in, null out. */
    public static Object apply(String name, Object value) {
        if (value == null) {
            return null;
        }
        LocalDateTime time = value instanceof Instant instant ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC)
                : ((LocalDate) value).atStartOfDay();
        LocalDate date = time.toLocalDate();
        return switch (name) {
            case "DAY_ONLY" -> date;
            case "CALENDAR_MONTH", "FISCAL_MONTH" -> date.getMonthValue();
            case "CALENDAR_QUARTER", "FISCAL_QUARTER" -> date.get(IsoFields.QUARTER_OF_YEAR);
            case "CALENDAR_YEAR", "FISCAL_YEAR" -> date.getYear();
            case "DAY_IN_MONTH" -> date.getDayOfMonth();
            case "DAY_IN_WEEK" -> date.getDayOfWeek() == DayOfWeek.SUNDAY ? 1 : date.getDayOfWeek().getValue() + 1;
            case "DAY_IN_YEAR" -> date.getDayOfYear();
            case "HOUR_IN_DAY" -> time.getHour();
            case "WEEK_IN_MONTH" -> (date.getDayOfMonth() - 1) / 7 + 1;
            case "WEEK_IN_YEAR" -> (date.get(ChronoField.DAY_OF_YEAR) - 1) / 7 + 1;
            default -> throw new IllegalArgumentException("unknown date function " + name);
        };
    }
}
