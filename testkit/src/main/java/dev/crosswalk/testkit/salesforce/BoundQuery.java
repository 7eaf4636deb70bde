package dev.crosswalk.testkit.salesforce;

import java.util.List;

/**
 * A SOQL query resolved against an org's schema, ready to run.
 *
 * @param selected the selected field paths in select order (the Bulk CSV columns)
 * @param limit    -1 for no limit
 */
record BoundQuery(ObjectDef from, Projection projection, List<FieldPath> selected, RowFilter filter, List<Order> order,
        int limit, int offset, boolean countOnly, boolean hasSubqueries) {

    record Order(FieldPath path, boolean descending, boolean nullsLast) {
    }
}
