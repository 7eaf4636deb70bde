package dev.crosswalk.testkit.salesforce.query;

import dev.crosswalk.testkit.salesforce.data.FieldDef;
import dev.crosswalk.testkit.salesforce.data.Row;
import java.util.List;

/**
 * A resolved field path: zero or more lookups to follow, then the field to read ({@code Account.Owner.Name}).
 *
 * @param label the path in canonical spelling, e.g. {@code Account.Name}; used as a CSV header
 */
public record FieldPath(List<FieldDef> lookups, FieldDef field, String label) {

    /** Reads the value for {@code row}; null when a lookup on the way is empty or points at a deleted record. */
    public Object value(Row row, RowResolver resolver) {
        Row current = row;
        for (FieldDef lookup : lookups) {
            current = resolver.parent(current, lookup);
            if (current == null) {
                return null;
            }
        }
        return current.get(field);
    }
}
