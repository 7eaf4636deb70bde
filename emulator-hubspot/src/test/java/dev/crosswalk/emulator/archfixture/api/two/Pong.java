package dev.crosswalk.emulator.archfixture.api.two;

import dev.crosswalk.emulator.archfixture.api.one.Ping;

/** Fixture: the other half of the package cycle. */
public final class Pong {

    /** @return the first package's type */
    public Ping ping() {
        return new Ping();
    }
}
