package dev.crosswalk.testkit.salesforce.soql;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * SOQL date literals as day ranges. Weeks start on Sunday (en_US); the fiscal year is the calendar year, as in an
 * org with default fiscal settings.
 */
final class DateLiterals {

    private DateLiterals() {
    }

    static Optional<DateRange> resolve(String name, int n, LocalDate today) {
        LocalDate week = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        LocalDate month = today.withDayOfMonth(1);
        LocalDate quarter = today.withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1).withDayOfMonth(1);
        LocalDate year = today.withDayOfYear(1);
        DateRange range = switch (name.replace("FISCAL_", "")) {
            case "YESTERDAY" -> days(today.minusDays(1), 1);
            case "TODAY" -> days(today, 1);
            case "TOMORROW" -> days(today.plusDays(1), 1);
            case "LAST_WEEK" -> new DateRange(week.minusWeeks(1), week);
            case "THIS_WEEK" -> new DateRange(week, week.plusWeeks(1));
            case "NEXT_WEEK" -> new DateRange(week.plusWeeks(1), week.plusWeeks(2));
            case "LAST_MONTH" -> new DateRange(month.minusMonths(1), month);
            case "THIS_MONTH" -> new DateRange(month, month.plusMonths(1));
            case "NEXT_MONTH" -> new DateRange(month.plusMonths(1), month.plusMonths(2));
            case "LAST_90_DAYS" -> new DateRange(today.minusDays(90), today.plusDays(1));
            case "NEXT_90_DAYS" -> new DateRange(today.plusDays(1), today.plusDays(91));
            case "LAST_N_DAYS" -> new DateRange(today.minusDays(n), today.plusDays(1));
            case "NEXT_N_DAYS" -> new DateRange(today.plusDays(1), today.plusDays(n + 1L));
            case "N_DAYS_AGO" -> days(today.minusDays(n), 1);
            case "LAST_N_WEEKS" -> new DateRange(week.minusWeeks(n), week);
            case "NEXT_N_WEEKS" -> new DateRange(week.plusWeeks(1), week.plusWeeks(n + 1L));
            case "N_WEEKS_AGO" -> new DateRange(week.minusWeeks(n), week.minusWeeks(n - 1L));
            case "LAST_N_MONTHS" -> new DateRange(month.minusMonths(n), month);
            case "NEXT_N_MONTHS" -> new DateRange(month.plusMonths(1), month.plusMonths(n + 1L));
            case "N_MONTHS_AGO" -> new DateRange(month.minusMonths(n), month.minusMonths(n - 1L));
            case "THIS_QUARTER" -> new DateRange(quarter, quarter.plusMonths(3));
            case "LAST_QUARTER" -> new DateRange(quarter.minusMonths(3), quarter);
            case "NEXT_QUARTER" -> new DateRange(quarter.plusMonths(3), quarter.plusMonths(6));
            case "LAST_N_QUARTERS" -> new DateRange(quarter.minusMonths(3L * n), quarter);
            case "NEXT_N_QUARTERS" -> new DateRange(quarter.plusMonths(3), quarter.plusMonths(3L * (n + 1)));
            case "N_QUARTERS_AGO" -> new DateRange(quarter.minusMonths(3L * n), quarter.minusMonths(3L * (n - 1)));
            case "THIS_YEAR" -> new DateRange(year, year.plusYears(1));
            case "LAST_YEAR" -> new DateRange(year.minusYears(1), year);
            case "NEXT_YEAR" -> new DateRange(year.plusYears(1), year.plusYears(2));
            case "LAST_N_YEARS" -> new DateRange(year.minusYears(n), year);
            case "NEXT_N_YEARS" -> new DateRange(year.plusYears(1), year.plusYears(n + 1L));
            case "N_YEARS_AGO" -> new DateRange(year.minusYears(n), year.minusYears(n - 1L));
            default -> null;
        };
        return Optional.ofNullable(range);
    }

    private static DateRange days(LocalDate start, int count) {
        return new DateRange(start, start.plusDays(count));
    }
}
