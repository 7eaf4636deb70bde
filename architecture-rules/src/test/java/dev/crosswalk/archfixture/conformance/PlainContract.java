package dev.crosswalk.archfixture.conformance;

import dev.crosswalk.archfixture.core.domain.PlainContact;
import dev.crosswalk.archfixture.spi.ConnectorPlugin;

/** Architecture fixture: a conformance contract that sees only core and the spi. */
public abstract class PlainContract {
    protected abstract ConnectorPlugin plugin();

    PlainContact contact() {
        return new PlainContact("1");
    }
}
