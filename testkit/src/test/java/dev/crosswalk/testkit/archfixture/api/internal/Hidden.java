package dev.crosswalk.testkit.archfixture.api.internal;

/** Fixture: an internal type, public only for its own module. */
public final class Hidden {
}
