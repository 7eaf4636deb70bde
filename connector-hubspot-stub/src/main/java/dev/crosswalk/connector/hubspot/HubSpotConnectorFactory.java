package dev.crosswalk.connector.hubspot;

import dev.crosswalk.spi.Connector;
import dev.crosswalk.spi.ConnectorContext;
import dev.crosswalk.spi.ConnectorFactory;
import dev.crosswalk.spi.config.ConfigSpec;
import dev.crosswalk.spi.config.ConnectorConfig;

/**
 * Creates the HubSpot connector (kind {@code hubspot}). Thread-safe.
 *
 * @since 0.1
 */
public final class HubSpotConnectorFactory implements ConnectorFactory {

    /** The kind connections name to use this connector. */
    static final String KIND = "hubspot";

    /** Creates the factory. */
    public HubSpotConnectorFactory() {
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public ConfigSpec configSpec() {
        return HubSpotSettings.SPEC;
    }

    @Override
    public Connector create(ConnectorConfig config, ConnectorContext context) {
        return new HubSpotConnector(HubSpotSettings.from(config), context);
    }
}
