package dev.crosswalk.emulator.archfixture.api.internal;

/** Fixture: an internal type, public only for its own module. */
public final class Hidden {
}
