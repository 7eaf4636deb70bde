package dev.crosswalk.testkit.salesforce;

/** A compiled {@code WHERE} clause. */
@FunctionalInterface
interface RowFilter {

    RowFilter ALL = (row, resolver) -> true;

    boolean test(Row row, RowResolver resolver);
}
