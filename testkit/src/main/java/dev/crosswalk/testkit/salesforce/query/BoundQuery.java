package dev.crosswalk.testkit.salesforce.query;

import dev.crosswalk.testkit.salesforce.data.ObjectDef;
import dev.crosswalk.testkit.salesforce.data.Row;
import java.util.List;

/**
 * A SOQL query resolved against an org's schema, ready to run.
 *
 * @param selected the selected field paths in select order (the Bulk CSV columns)
 * @param limit    -1 for no limit
 */
public record BoundQuery(ObjectDef from, Projection projection, List<FieldPath> selected, RowFilter filter, List<Order> order,
        int limit, int offset, boolean countOnly, boolean hasSubqueries, Aggregation aggregation) {

    /** @param function the aggregate ordered by (aggregate queries only), else null; path null for COUNT() */
    public record Order(FieldPath path, String function, boolean descending, boolean nullsLast) {

        /** Orders two values of this item: nulls where {@code NULLS FIRST/LAST} puts them, then in its direction. */
        public int compare(Object x, Object y) {
            if (x == null || y == null) {
                if (x == y) {
                    return 0;
                }
                int nullFirst = x == null ? -1 : 1;
                return nullsLast ? -nullFirst : nullFirst;
            }
            int cmp = FilterCompiler.compare(x, y);
            return descending ? -cmp : cmp;
        }
    }

    /**
     * A GROUP BY / aggregate query: result columns in select order, each a grouped field or an aggregate.
     *
     * @param groupBy the grouping fields (a column that is not an aggregate must be one of them)
     */
    public record Aggregation(List<FieldPath> groupBy, List<Column> columns, GroupFilter having) {
    }

    /** A compiled HAVING clause, tested on the members of one group. */
    @FunctionalInterface
    interface GroupFilter {
        GroupFilter ALL = (members, resolver) -> true;

        boolean test(List<Row> members, RowResolver resolver);
    }

    /** One AggregateResult column: {@code function} is null for a grouped field. */
    public record Column(String label, String function, FieldPath path) {
    }

    public boolean isAggregate() {
        return aggregation != null;
    }
}
