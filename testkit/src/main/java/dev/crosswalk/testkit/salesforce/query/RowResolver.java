package dev.crosswalk.testkit.salesforce.query;

import dev.crosswalk.testkit.salesforce.data.FieldDef;
import dev.crosswalk.testkit.salesforce.data.ObjectTable;
import dev.crosswalk.testkit.salesforce.data.Row;
import dev.crosswalk.testkit.salesforce.org.Org;
import java.util.Optional;

/** Follows lookups between the tables of one org. */
public final class RowResolver {

    private final Org org;

    public RowResolver(Org org) {
        this.org = org;
    }

    Org org() {
        return org;
    }

    /** The live record a lookup field of {@code row} points at, or null. */
    Row parent(Row row, FieldDef lookup) {
        Object id = row.get(lookup);
        if (id == null) {
            return null;
        }
        return target(lookup).flatMap(table -> table.find((String) id))
                .filter(parent -> !org.table(parent.type()).isDeleted(parent.number()))
                .orElse(null);
    }

    private Optional<ObjectTable> target(FieldDef lookup) {
        return org.schema().object(lookup.referenceTo().get(0)).map(org::table);
    }
}
