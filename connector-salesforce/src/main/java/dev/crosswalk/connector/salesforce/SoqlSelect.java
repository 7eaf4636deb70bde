package dev.crosswalk.connector.salesforce;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A SOQL {@code SELECT} (or the object clause of a SOSL {@code RETURNING}) assembled from names checked against
 * Salesforce's identifier grammar and conditions rendered by {@link SoqlConditions}; never from raw text. A name that
 * is not an identifier (or a dotted path of identifiers) is refused, so no input can change the statement's shape.
 * Immutable.
 */
final class SoqlSelect {

    /** One key of an {@code ORDER BY}. */
    record Order(String path, boolean ascending) {

        Order {
            SoqlNames.requireFieldPath(path);
        }

        @Override
        public String toString() {
            return ascending ? path : path + " DESC";
        }
    }

    private final List<String> fields;
    private final String objectName;
    private final List<String> conditions;
    private final List<Order> order;
    private final int limit;
    private final int offset;

    private SoqlSelect(List<String> fields, String objectName, List<String> conditions, List<Order> order, int limit,
            int offset) {
        this.fields = fields;
        this.objectName = objectName;
        this.conditions = conditions;
        this.order = order;
        this.limit = limit;
        this.offset = offset;
    }

    /**
     * @param fields the fields or relationship paths to read, at least one
     * @param objectName the object to read from
     * @throws IllegalArgumentException when a name is not a SOQL identifier or path
     */
    static SoqlSelect of(List<String> fields, String objectName) {
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a SOQL select needs at least one field");
        }
        fields.forEach(SoqlNames::requireFieldPath);
        return new SoqlSelect(List.copyOf(fields), SoqlNames.requireIdentifier(objectName), List.of(), List.of(), -1, -1);
    }

    /** @param rendered conditions written by {@link SoqlConditions}, AND-ed */
    SoqlSelect where(List<String> rendered) {
        return new SoqlSelect(fields, objectName, List.copyOf(rendered), order, limit, offset);
    }

    SoqlSelect orderBy(List<Order> keys) {
        return new SoqlSelect(fields, objectName, conditions, List.copyOf(keys), limit, offset);
    }

    /** @param rows at most this many rows, 1 or more */
    SoqlSelect limit(int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("a limit is at least 1");
        }
        return new SoqlSelect(fields, objectName, conditions, order, rows, offset);
    }

    /** @param skipped rows to skip, 0 or more */
    SoqlSelect offset(int skipped) {
        if (skipped < 0) {
            throw new IllegalArgumentException("an offset is never negative");
        }
        return new SoqlSelect(fields, objectName, conditions, order, limit, skipped);
    }

    /** @return {@code SELECT fields FROM Object [WHERE ...] [ORDER BY ...] [LIMIT n] [OFFSET m]} */
    String toSoql() {
        return "SELECT " + String.join(", ", fields) + " FROM " + objectName + clauses();
    }

    /** @return {@code Object(fields [WHERE ...] [ORDER BY ...] [LIMIT n] [OFFSET m])}, for a SOSL RETURNING clause */
    String toSoslReturning() {
        return objectName + "(" + String.join(", ", fields) + clauses() + ")";
    }

    private String clauses() {
        StringBuilder text = new StringBuilder();
        if (!conditions.isEmpty()) {
            text.append(" WHERE ").append(SoqlConditions.and(conditions));
        }
        if (!order.isEmpty()) {
            text.append(order.stream().map(Order::toString).collect(Collectors.joining(", ", " ORDER BY ", "")));
        }
        if (limit > 0) {
            text.append(" LIMIT ").append(limit);
        }
        if (offset >= 0) {
            text.append(" OFFSET ").append(offset);
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return toSoql();
    }
}
