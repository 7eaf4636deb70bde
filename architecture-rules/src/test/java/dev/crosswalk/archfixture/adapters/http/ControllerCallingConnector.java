package dev.crosswalk.archfixture.adapters.http;

/** Architecture fixture: an adapter that calls a connector directly. */
public final class ControllerCallingConnector {
    Object plugin(dev.crosswalk.archfixture.connector.alpha.AlphaPlugin plugin) {
        return plugin;
    }
}
