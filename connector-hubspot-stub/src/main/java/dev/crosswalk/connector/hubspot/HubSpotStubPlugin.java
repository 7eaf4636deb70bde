package dev.crosswalk.connector.hubspot;

import dev.crosswalk.spi.ConnectorFactory;
import dev.crosswalk.spi.ConnectorPlugin;

/**
 * The HubSpot stub's entry point, listed in {@code META-INF/services}. Thread-safe.
 *
 * @since 0.1
 */
public final class HubSpotStubPlugin implements ConnectorPlugin {

    /** Creates the plugin; required by {@link java.util.ServiceLoader}. */
    public HubSpotStubPlugin() {
    }

    @Override
    public ConnectorFactory connectorFactory() {
        return new HubSpotStubConnectorFactory();
    }
}
