package dev.crosswalk.connector.salesforce;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Builds a SOQL {@code SELECT} from names checked against Salesforce's identifier grammar, never from raw text:
 * a field or object name that is not an identifier (or a dotted relationship path of identifiers) is refused, so
 * no input can change the statement's shape. Immutable.
 */
final class SoqlSelect {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,79}");
    private static final Pattern FIELD_PATH =
            Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,79}(\\.[A-Za-z][A-Za-z0-9_]{0,79}){0,4}");

    private final List<String> fields;
    private final String objectName;
    private final List<String> orderBy;

    private SoqlSelect(List<String> fields, String objectName, List<String> orderBy) {
        this.fields = fields;
        this.objectName = objectName;
        this.orderBy = orderBy;
    }

    /**
     * @param fields the fields to read, at least one
     * @param objectName the object to read from
     * @throws IllegalArgumentException when a name is not a SOQL identifier
     */
    static SoqlSelect of(List<String> fields, String objectName) {
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a SOQL select needs at least one field");
        }
        fields.forEach(field -> requireShape(FIELD_PATH, field, "field"));
        requireShape(IDENTIFIER, objectName, "object");
        return new SoqlSelect(List.copyOf(fields), objectName, List.of());
    }

    /** @return this select ordered ascending by the given fields */
    SoqlSelect orderBy(String... orderFields) {
        List<String> order = List.of(orderFields);
        order.forEach(field -> requireShape(FIELD_PATH, field, "field"));
        return new SoqlSelect(fields, objectName, order);
    }

    String toSoql() {
        String soql = "SELECT " + String.join(", ", fields) + " FROM " + objectName;
        return orderBy.isEmpty() ? soql : soql + orderBy.stream().collect(Collectors.joining(", ", " ORDER BY ", ""));
    }

    private static void requireShape(Pattern shape, String name, String what) {
        Objects.requireNonNull(name, what);
        if (!shape.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not a valid SOQL " + what + " name");
        }
    }

    @Override
    public String toString() {
        return toSoql();
    }
}
