package dev.crosswalk.archfixture.connector.alpha;

/** Architecture fixture: a connector that calls a persistence adapter. */
final class AlphaUsingAnAdapter {
    Object store(dev.crosswalk.archfixture.adapters.persistence.StoreUsingAnotherAdapter store) {
        return store;
    }
}
