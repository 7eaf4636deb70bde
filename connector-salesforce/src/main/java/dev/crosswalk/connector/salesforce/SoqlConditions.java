package dev.crosswalk.connector.salesforce;

import dev.crosswalk.core.domain.FieldFilter;
import dev.crosswalk.core.domain.FieldType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one place a {@link FieldFilter} becomes a SOQL condition, for the record port (fields typed by Describe) and
 * for the query dialect (fields of unknown type). Names come checked in a {@link SoqlField}; values become literals
 * through {@link SoqlLiterals} only. Stateless.
 */
final class SoqlConditions {

    private SoqlConditions() {
    }

    /**
     * @param field the checked field
     * @param filter the condition's operator and values
     * @return the condition, e.g. {@code Email = 'a@example.com'}
     * @throws IllegalArgumentException when the field cannot be filtered, the operator does not suit its type, or a
     *     value does not fit it
     */
    static String render(SoqlField field, FieldFilter filter) {
        if (!field.filterable()) {
            throw new IllegalArgumentException("'" + field.path() + "' cannot be filtered on (Salesforce marks it"
                    + " not filterable)");
        }
        List<Object> values = filter.values();
        return switch (filter.operator()) {
            case EQUALS -> field.path() + " = " + literal(field, values.get(0));
            case NOT_EQUALS -> field.path() + " != " + literal(field, values.get(0));
            case IN -> field.path() + " IN " + list(field, values);
            case NOT_IN -> field.path() + " NOT IN " + list(field, values);
            case GREATER_THAN -> field.path() + " > " + ordered(field, values.get(0));
            case GREATER_OR_EQUAL -> field.path() + " >= " + ordered(field, values.get(0));
            case LESS_THAN -> field.path() + " < " + ordered(field, values.get(0));
            case LESS_OR_EQUAL -> field.path() + " <= " + ordered(field, values.get(0));
            case CONTAINS -> field.path() + " LIKE " + containing(field, values.get(0));
        };
    }

    /** @return the conditions AND-ed, or {@code ""} for none */
    static String and(List<String> conditions) {
        return conditions.stream().collect(Collectors.joining(" AND "));
    }

    private static String literal(SoqlField field, Object value) {
        return SoqlLiterals.literal(value, field.type(), field.path());
    }

    private static String list(SoqlField field, List<Object> values) {
        return values.stream().map(value -> literal(field, value)).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String ordered(SoqlField field, Object value) {
        if (value == null) {
            throw new IllegalArgumentException("'" + field.path() + "' cannot be compared with null by order;"
                    + " use equals or not equals");
        }
        FieldType type = field.type();
        if (type == FieldType.BOOLEAN || type == FieldType.MULTIPICKLIST) {
            throw new IllegalArgumentException("'" + field.path() + "' is a " + describe(type)
                    + "; it takes only equals, not equals, in and not in");
        }
        return literal(field, value);
    }

    private static String containing(SoqlField field, Object value) {
        FieldType type = field.type();
        if (type != null && !searchableText(type)) {
            throw new IllegalArgumentException("'" + field.path() + "' is a " + describe(type)
                    + "; contains works on text fields only");
        }
        if (value == null) {
            throw new IllegalArgumentException("contains on '" + field.path() + "' needs text, not null");
        }
        return SoqlLiterals.containing(value instanceof String text ? text : String.valueOf(value));
    }

    private static boolean searchableText(FieldType type) {
        return switch (type) {
            case STRING, TEXTAREA, EMAIL, PHONE, URL, PICKLIST, OTHER -> true;
            default -> false;
        };
    }

    private static String describe(FieldType type) {
        return switch (type) {
            case BOOLEAN -> "checkbox";
            case MULTIPICKLIST -> "multi-select picklist";
            default -> type.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " field";
        };
    }
}
