package dev.crosswalk.testkit.salesforce;

import java.util.List;

/** A parsed SOQL {@code WHERE} expression. */
sealed interface Condition {

    record And(List<Condition> operands) implements Condition {
    }

    record Or(List<Condition> operands) implements Condition {
    }

    record Not(Condition operand) implements Condition {
    }

    /**
     * {@code field op value}, or {@code DATE_FUNCTION(field) op value}. The value is null for SOQL {@code null}, else a
     * String, BigDecimal, Boolean, LocalDate, Instant, {@link DateRange}, or a List of those for IN / NOT IN /
     * INCLUDES / EXCLUDES.
     *
     * @param dateFunction e.g. {@code CALENDAR_YEAR}, or null for a plain field
     */
    record Comparison(FieldRef field, String dateFunction, Operator operator, Object value, SourcePos valuePos)
            implements Condition {
    }
}
