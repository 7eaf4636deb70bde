package dev.crosswalk.archfixture.support;

/** Architecture fixture: connector support that reads a store itself instead of through the token manager. */
final class SupportReadingTokens {

    String token(dev.crosswalk.archfixture.core.port.out.store.TokenStoreFixture tokens) {
        return tokens.load(null);
    }
}
