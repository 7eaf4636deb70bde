package dev.crosswalk.testkit.salesforce.soql;

import java.util.List;

/** A parsed SOQL {@code WHERE} expression. */
public sealed interface Condition {

    record And(List<Condition> operands) implements Condition {
    }

    record Or(List<Condition> operands) implements Condition {
    }

    record Not(Condition operand) implements Condition {
    }

    /**
     * {@code field op value}, or {@code FUNCTION(field) op value}. The value is null for SOQL {@code null}, else a
     * String, BigDecimal, Boolean, LocalDate, Instant, {@link DateRange}, or a List of those for IN / NOT IN /
     * INCLUDES / EXCLUDES.
     *
     * @param function a date function in WHERE ({@code CALENDAR_YEAR}) or an aggregate in HAVING ({@code COUNT}), or
     *                 null for a plain field; {@code field} is null for {@code COUNT()}
     */
    record Comparison(FieldRef field, String function, Operator operator, Object value, SourcePos valuePos)
            implements Condition {
    }
}
