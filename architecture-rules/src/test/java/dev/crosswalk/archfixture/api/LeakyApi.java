package dev.crosswalk.archfixture.api;

import dev.crosswalk.archfixture.api.internal.Hidden;

/** Architecture fixture: an API class that hands out an internal type. */
public final class LeakyApi {

    /** @return an internal type, which the API must never expose */
    public Hidden hidden() {
        return new Hidden();
    }
}
