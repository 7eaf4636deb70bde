package dev.crosswalk.testkit.salesforce.query;

import dev.crosswalk.testkit.salesforce.data.ChildRelationship;
import dev.crosswalk.testkit.salesforce.data.FieldDef;
import dev.crosswalk.testkit.salesforce.data.ObjectDef;
import dev.crosswalk.testkit.salesforce.data.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON shape of a queried record: fields in select order, parent relationships as nested records and child
 * subqueries as nested query results. Built once per query; immutable afterwards.
 */
public final class Projection {

    public sealed interface Column {
    }

    record Leaf(FieldDef field) implements Column {
    }

    record Parent(FieldDef lookup, Projection nested) implements Column {
    }

    public record Children(ChildRelationship relationship, BoundQuery query) implements Column {
    }

    private final ObjectDef type;
    private final Map<String, Column> columns = new LinkedHashMap<>();
    private List<Column> columnList = List.of();

    public Projection(ObjectDef type) {
        this.type = type;
    }

    ObjectDef type() {
        return type;
    }

    public List<Column> columns() {
        return columnList;
    }

    public void add(FieldPath path, Schema schema) {
        Projection node = this;
        for (FieldDef lookup : path.lookups()) {
            String key = "r:" + lookup.relationshipName().toLowerCase(Locale.ROOT);
            Column existing = node.columns.get(key);
            if (existing == null) {
                existing = new Parent(lookup, new Projection(schema.requiredObject(lookup.referenceTo().get(0))));
                node.columns.put(key, existing);
            }
            node.columnList = List.copyOf(node.columns.values());
            node = ((Parent) existing).nested();
        }
        node.columns.putIfAbsent("f:" + path.field().name().toLowerCase(Locale.ROOT), new Leaf(path.field()));
        node.columnList = List.copyOf(node.columns.values());
    }

    void addChildren(ChildRelationship relationship, BoundQuery query) {
        columns.put("c:" + relationship.name().toLowerCase(Locale.ROOT), new Children(relationship, query));
        columnList = List.copyOf(columns.values());
    }
}
