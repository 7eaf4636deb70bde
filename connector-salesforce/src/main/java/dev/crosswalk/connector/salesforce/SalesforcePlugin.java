package dev.crosswalk.connector.salesforce;

import dev.crosswalk.spi.ConnectorFactory;
import dev.crosswalk.spi.ConnectorPlugin;

/** The Salesforce connector's entry point, listed in {@code META-INF/services}. Does no work until asked. */
public final class SalesforcePlugin implements ConnectorPlugin {

    /** Creates the plugin; required by {@link java.util.ServiceLoader}. */
    public SalesforcePlugin() {
    }

    @Override
    public ConnectorFactory connectorFactory() {
        return new SalesforceConnectorFactory();
    }
}
