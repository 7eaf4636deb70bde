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
     * {@code field op value}. The value is null for SOQL {@code null}, else a String, BigDecimal, Boolean,
     * LocalDate, Instant, {@link DateRange}, or a List of those for IN / NOT IN / INCLUDES / EXCLUDES.
     */
    record Comparison(FieldRef field, Operator operator, Object value, SourcePos valuePos) implements Condition {
    }
}
