package dev.crosswalk.archfixture.spi;

/** Architecture fixture: the fixture's plugin entry-point interface. */
public interface ConnectorPlugin {
}
