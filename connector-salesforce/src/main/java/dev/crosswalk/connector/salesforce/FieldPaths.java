package dev.crosswalk.connector.salesforce;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.FieldSchema;
import dev.crosswalk.core.domain.ObjectSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a field name or relationship path against Describe and writes it in the schema's own spelling:
 * {@code account.name} on Contact follows the {@code Account} relationship of {@code AccountId} to Account's
 * {@code Name}, describing the related object (from the cache) on the way. A path joins at most five names and passes
 * only through relationships that point to a single object. Thread-safe.
 */
final class FieldPaths {

    private final SalesforceSchema schema;

    FieldPaths(SalesforceSchema schema) {
        this.schema = schema;
    }

    /**
     * @param object the object the path starts from
     * @param path the caller's field name or path, possibly hostile
     * @return the checked field
     * @throws IllegalArgumentException naming the part of the path that does not exist
     */
    SoqlField resolve(Connection connection, DescribedObject object, String path) {
        String[] names = SoqlNames.requireFieldPath(path).split("\\.");
        ObjectSchema current = object.schema();
        List<String> canonical = new ArrayList<>(names.length);
        for (int i = 0; i < names.length - 1; i++) {
            FieldSchema reference = relationship(current, names[i], path);
            canonical.add(reference.relationshipName().orElseThrow());
            current = related(connection, current, reference, path);
        }
        String last = names[names.length - 1];
        ObjectSchema owner = current;
        FieldSchema leaf = owner.field(last).orElseThrow(() -> new IllegalArgumentException(
                owner.name() + " has no field '" + last + "'" + within(path, names)));
        canonical.add(leaf.name());
        return new SoqlField(String.join(".", canonical), leaf.type(), leaf.filterable(), leaf.sortable());
    }

    /** @return {@code object}'s field {@code name} in its own spelling, as a path of one name */
    static SoqlField field(DescribedObject object, String name) {
        FieldSchema field = object.schema().field(name).orElseThrow(() -> new IllegalArgumentException(
                object.name() + " has no field '" + name + "'"));
        return new SoqlField(field.name(), field.type(), field.filterable(), field.sortable());
    }

    private static FieldSchema relationship(ObjectSchema current, String name, String path) {
        FieldSchema reference = current.relationship(name).orElseThrow(() -> new IllegalArgumentException(
                current.name() + " has no relationship '" + name + "' (in '" + path + "')"));
        if (reference.referenceTo().size() != 1) {
            throw new IllegalArgumentException("'" + name + "' on " + current.name() + " may point to "
                    + reference.referenceTo().size() + " kinds of object; paths through it are not supported (in '"
                    + path + "')");
        }
        return reference;
    }

    private ObjectSchema related(Connection connection, ObjectSchema current, FieldSchema reference, String path) {
        String target = reference.referenceTo().get(0);
        return schema.described(connection, target).map(DescribedObject::schema)
                .orElseThrow(() -> new IllegalArgumentException("'" + reference.relationshipName().orElseThrow()
                        + "' on " + current.name() + " points to " + target + ", which this org does not describe (in '"
                        + path + "')"));
    }

    private static String within(String path, String[] names) {
        return names.length > 1 ? " (in '" + path + "')" : "";
    }
}
