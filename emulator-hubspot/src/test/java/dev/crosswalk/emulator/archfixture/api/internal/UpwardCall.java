package dev.crosswalk.emulator.archfixture.api.internal;

import dev.crosswalk.emulator.archfixture.api.Leaky;

/** Fixture: an internal class that reaches up into the API package, which the layering rule must refuse. */
public final class UpwardCall {

    /** @return the API type: the upward dependency */
    public Leaky api() {
        return new Leaky();
    }
}
