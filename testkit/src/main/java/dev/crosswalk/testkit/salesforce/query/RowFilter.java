package dev.crosswalk.testkit.salesforce.query;

import dev.crosswalk.testkit.salesforce.data.Row;

/** A compiled {@code WHERE} clause. */
@FunctionalInterface
public interface RowFilter {

    RowFilter ALL = (row, resolver) -> true;

    boolean test(Row row, RowResolver resolver);
}
