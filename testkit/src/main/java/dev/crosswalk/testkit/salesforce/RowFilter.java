package dev.crosswalk.testkit.salesforce;

import dev.crosswalk.testkit.salesforce.data.Row;

/** A compiled {@code WHERE} clause. */
@FunctionalInterface
interface RowFilter {

    RowFilter ALL = (row, resolver) -> true;

    boolean test(Row row, RowResolver resolver);
}
