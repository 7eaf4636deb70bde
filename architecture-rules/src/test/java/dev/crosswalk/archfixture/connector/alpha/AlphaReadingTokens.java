package dev.crosswalk.archfixture.connector.alpha;

/** Architecture fixture: a connector that reads a store itself instead of going through its context. */
final class AlphaReadingTokens {
    String token(dev.crosswalk.archfixture.core.port.out.store.TokenStoreFixture tokens) {
        return tokens.load(null);
    }
}
