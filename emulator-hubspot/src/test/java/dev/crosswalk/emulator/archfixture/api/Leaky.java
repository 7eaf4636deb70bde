package dev.crosswalk.emulator.archfixture.api;

import dev.crosswalk.emulator.archfixture.api.internal.Hidden;

/** Fixture: a public API class that hands out an internal type, which the API rule must refuse. */
public final class Leaky {

    /** @return an internal type: the leak */
    public Hidden hidden() {
        return new Hidden();
    }
}
