package dev.crosswalk.testkit.salesforce;

/** SOQL comparison operators. */
enum Operator {
    EQ, NE, LT, LE, GT, GE, LIKE, IN, NOT_IN, INCLUDES, EXCLUDES
}
