package dev.crosswalk.spi;

import dev.crosswalk.spi.config.ConfigSpec;
import dev.crosswalk.spi.config.ConnectorConfig;

/**
 * Describes and creates one kind of connector. Thread-safe; the host may call it from any thread.
 *
 * @since 0.1
 */
public interface ConnectorFactory {

    /**
     * @return the kind that connections name to use this connector: lower-case letters, digits and {@code -}, e.g.
     *     {@code salesforce}; stable across releases
     */
    String kind();

    /** @return the configuration keys this connector accepts; the host validates against it before {@link #create} */
    ConfigSpec configSpec();

    /**
     * Creates the connector. Called once per host start; the connector then serves every connection of its kind.
     *
     * @param config configuration already validated against {@link #configSpec()}
     * @param context the machinery the host lends the connector
     * @return a ready connector, which the host closes on shutdown
     * @throws IllegalArgumentException when the configuration, though valid against the spec, cannot work (prefer
     *     declaring such checks as {@link ConfigSpec.Builder#rule spec rules}, so they are reported with the rest)
     */
    Connector create(ConnectorConfig config, ConnectorContext context);
}
