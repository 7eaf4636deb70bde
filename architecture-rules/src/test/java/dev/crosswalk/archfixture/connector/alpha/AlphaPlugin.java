package dev.crosswalk.archfixture.connector.alpha;

/** Architecture fixture: a connector's legitimately public plugin class. */
public final class AlphaPlugin implements dev.crosswalk.archfixture.spi.ConnectorPlugin {
}
