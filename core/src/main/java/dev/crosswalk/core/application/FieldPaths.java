package dev.crosswalk.core.application;

import dev.crosswalk.core.domain.FieldSchema;
import dev.crosswalk.core.domain.ObjectSchema;
import dev.crosswalk.core.port.in.UseCaseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Resolves the field names a client sends (a field, or a relationship path such as {@code Account.Owner.Email}, at most
 * five names) against an object's schema, following each relationship to the object it references. Anything the
 * schema does not have is refused with the names that would have been valid.
 */
final class FieldPaths {

    static final int MAX_DEPTH = 5;

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,79}");

    private FieldPaths() {
    }

    /**
     * @param crm the connection, to describe related objects
     * @param root the object the path starts at
     * @param path the client's field name or dotted relationship path
     * @param relationshipsAllowed whether the connector reads relationship paths at all
     * @return the field the path ends at
     * @throws UseCaseException.InvalidRequest naming what is wrong and the valid names at that point
     */
    static FieldSchema resolve(ConnectedCrm crm, ObjectSchema root, String path, boolean relationshipsAllowed) {
        String[] names = path.split("\\.", -1);
        if (names.length > MAX_DEPTH) {
            throw new UseCaseException.InvalidRequest("the field path '" + path + "' has " + names.length
                    + " names; at most " + MAX_DEPTH + " are allowed", List.of());
        }
        if (names.length > 1 && !relationshipsAllowed) {
            throw new UseCaseException.InvalidRequest("this connector does not read relationship paths such as '"
                    + path + "'; name fields of " + root.name() + " itself", fieldNames(root));
        }
        ObjectSchema object = root;
        for (int i = 0; i < names.length - 1; i++) {
            String relationship = names[i];
            requireName(path, relationship);
            ObjectSchema from = object;
            FieldSchema reference = from.relationship(relationship)
                    .orElseThrow(() -> unknown(path, relationship, "relationship", from));
            object = related(crm, path, reference);
        }
        String leaf = names[names.length - 1];
        requireName(path, leaf);
        ObjectSchema owner = object;
        return object.field(leaf).orElseThrow(() -> unknown(path, leaf, "field", owner));
    }

    private static ObjectSchema related(ConnectedCrm crm, String path, FieldSchema reference) {
        String relationship = reference.relationshipName().orElse(reference.name());
        if (reference.referenceTo().size() > 1) {
            throw new UseCaseException.InvalidRequest("the relationship " + relationship + " in '" + path
                    + "' may lead to any of " + String.join(", ", reference.referenceTo())
                    + ", so its fields cannot be named in a path; read " + reference.name() + " instead", List.of());
        }
        Optional<ObjectSchema> related = reference.referenceTo().stream().findFirst().flatMap(crm::describeIfPresent);
        return related.orElseThrow(() -> new UseCaseException.InvalidRequest("the relationship " + relationship
                + " in '" + path + "' leads to no object this connection can read", List.of()));
    }

    private static void requireName(String path, String name) {
        if (!NAME.matcher(name).matches()) {
            throw new UseCaseException.InvalidRequest("'" + path + "' is not a field name or a dotted relationship"
                    + " path of field names", List.of());
        }
    }

    private static UseCaseException unknown(String path, String name, String kind, ObjectSchema owner) {
        List<String> valid = "relationship".equals(kind) ? relationshipNames(owner) : fieldNames(owner);
        return new UseCaseException.InvalidRequest("'" + path + "': " + owner.name() + " has no " + kind + " '" + name
                + "'" + (valid.isEmpty() ? "" : "; valid " + kind + "s: " + String.join(", ", valid)), valid);
    }

    static List<String> fieldNames(ObjectSchema schema) {
        return schema.fields().stream().map(FieldSchema::name).toList();
    }

    private static List<String> relationshipNames(ObjectSchema schema) {
        return schema.fields().stream().flatMap(field -> field.relationshipName().stream()).toList();
    }
}
