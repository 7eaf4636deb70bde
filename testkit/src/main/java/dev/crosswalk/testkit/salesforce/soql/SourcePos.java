package dev.crosswalk.testkit.salesforce.soql;

/** A 1-based row and column in a SOQL statement, for the platform's {@code ERROR at Row:r:Column:c} messages. */
record SourcePos(int row, int column) {
}
