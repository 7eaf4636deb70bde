package dev.crosswalk.connector.salesforce;

import dev.crosswalk.core.domain.FieldType;
import java.util.Objects;

/**
 * A field as a condition or an order names it: its path in the schema's own spelling, and what Describe says of it.
 * Immutable.
 *
 * @param path the checked field name or relationship path, e.g. {@code Account.Name}
 * @param type the leaf field's type, or {@code null} when unknown (the dialect renders without a schema)
 * @param filterable whether a condition may use it
 * @param sortable whether an order may use it
 */
record SoqlField(String path, FieldType type, boolean filterable, boolean sortable) {

    SoqlField {
        Objects.requireNonNull(path, "path");
    }

    /** @return a field checked only by its name's shape, of unknown type */
    static SoqlField untyped(String path) {
        return new SoqlField(SoqlNames.requireFieldPath(path), null, true, true);
    }
}
