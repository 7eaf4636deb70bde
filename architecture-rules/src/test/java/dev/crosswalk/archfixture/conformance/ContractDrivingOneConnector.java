package dev.crosswalk.archfixture.conformance;

import dev.crosswalk.archfixture.connector.alpha.AlphaPlugin;

/** Architecture fixture: a conformance contract that creates one connector itself instead of taking a fixture. */
public abstract class ContractDrivingOneConnector {
    AlphaPlugin plugin() {
        return new AlphaPlugin();
    }
}
