package dev.crosswalk.archfixture.api.internal;

/** Architecture fixture: a type of a library's internal package. */
public final class Hidden {
}
