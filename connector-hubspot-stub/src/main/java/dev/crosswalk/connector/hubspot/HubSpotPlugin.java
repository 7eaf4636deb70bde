package dev.crosswalk.connector.hubspot;

import dev.crosswalk.spi.ConnectorFactory;
import dev.crosswalk.spi.ConnectorPlugin;

/**
 * The HubSpot connector's entry point, listed in {@code META-INF/services}. Thread-safe.
 *
 * @since 0.1
 */
public final class HubSpotPlugin implements ConnectorPlugin {

    /** Creates the plugin; required by {@link java.util.ServiceLoader}. */
    public HubSpotPlugin() {
    }

    @Override
    public ConnectorFactory connectorFactory() {
        return new HubSpotConnectorFactory();
    }
}
