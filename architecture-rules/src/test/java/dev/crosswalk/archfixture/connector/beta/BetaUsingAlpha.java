package dev.crosswalk.archfixture.connector.beta;

/** Architecture fixture: a connector that depends on another connector. */
final class BetaUsingAlpha {
    Object alpha(dev.crosswalk.archfixture.connector.alpha.AlphaPlugin plugin) {
        return plugin;
    }
}
