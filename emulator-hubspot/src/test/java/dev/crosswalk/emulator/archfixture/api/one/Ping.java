package dev.crosswalk.emulator.archfixture.api.one;

import dev.crosswalk.emulator.archfixture.api.two.Pong;

/** Fixture: one half of a package cycle ({@code one} → {@code two} → {@code one}), which the cycle rule must refuse. */
public final class Ping {

    /** @return the other package's type */
    public Pong pong() {
        return new Pong();
    }
}
