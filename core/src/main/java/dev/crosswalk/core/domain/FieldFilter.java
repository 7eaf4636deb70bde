package dev.crosswalk.core.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A condition on one provider field, compared with literal values. Connectors render it in their own query language
 * with literals escaped by that language's rules; a value is never pasted into a query as text. Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public final class FieldFilter {

    /** How a field is compared with the filter's values. New operators may be added; connectors refuse unknown ones. */
    public enum Operator {
        /** Equal to the one value. */
        EQUALS,
        /** Not equal to the one value. */
        NOT_EQUALS,
        /** Equal to any of the values. */
        IN,
        /** Equal to none of the values. */
        NOT_IN,
        /** Greater than the one value. */
        GREATER_THAN,
        /** Greater than or equal to the one value. */
        GREATER_OR_EQUAL,
        /** Less than the one value. */
        LESS_THAN,
        /** Less than or equal to the one value. */
        LESS_OR_EQUAL,
        /** Text that contains the one value (no wildcards: {@code %} and {@code _} are matched as themselves). */
        CONTAINS
    }

    private final String field;
    private final Operator operator;
    private final List<Object> values;

    private FieldFilter(String field, Operator operator, List<?> values) {
        this.field = Objects.requireNonNull(field, "field");
        this.operator = Objects.requireNonNull(operator, "operator");
        this.values = Collections.unmodifiableList(new ArrayList<>(values));
        boolean many = operator == Operator.IN || operator == Operator.NOT_IN;
        if (many ? this.values.isEmpty() : this.values.size() != 1) {
            throw new IllegalArgumentException(operator + " on '" + field + "' takes "
                    + (many ? "at least one value" : "exactly one value") + ", was given " + this.values.size());
        }
    }

    /**
     * @param field a provider field or relationship path (e.g. {@code Email}, {@code Account.Name}); never {@code null}
     * @param operator never {@code null}
     * @param values the values: one for every operator but {@code IN} and {@code NOT_IN}, which take one or more; a
     *     value is a {@link String}, {@link Number}, {@link Boolean} or {@code null}
     * @return the filter
     * @throws IllegalArgumentException when the number of values does not suit the operator
     */
    public static FieldFilter of(String field, Operator operator, List<?> values) {
        return new FieldFilter(field, operator, values);
    }

    /** @return {@code field = value} */
    public static FieldFilter equalTo(String field, Object value) {
        return new FieldFilter(field, Operator.EQUALS, Collections.singletonList(value));
    }

    /** @return {@code field IN (values)}; a single value is kept as {@code IN} */
    public static FieldFilter in(String field, List<?> values) {
        return new FieldFilter(field, Operator.IN, values);
    }

    /** @return the provider field or relationship path; never {@code null} */
    public String field() {
        return field;
    }

    /** @return the comparison; never {@code null} */
    public Operator operator() {
        return operator;
    }

    /** @return the values, unmodifiable; never {@code null} */
    public List<Object> values() {
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldFilter that && that.field.equals(field) && that.operator == operator
                && that.values.equals(values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, operator, values);
    }

    @Override
    public String toString() {
        return field + " " + operator + " " + values;
    }
}
