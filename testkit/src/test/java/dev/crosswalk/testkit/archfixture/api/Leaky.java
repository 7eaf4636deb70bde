package dev.crosswalk.testkit.archfixture.api;

import dev.crosswalk.testkit.archfixture.api.internal.Hidden;

/** Fixture: a public API class that hands out an internal type, which the rule must refuse. */
public final class Leaky {

    /** @return an internal type: the leak */
    public Hidden hidden() {
        return new Hidden();
    }
}
