package dev.crosswalk.conformance.toy;

import dev.crosswalk.spi.ConnectorFactory;
import dev.crosswalk.spi.ConnectorPlugin;

/** The toy connector's entry point, listed for {@link java.util.ServiceLoader} in the kit's test resources. */
public final class ToyPlugin implements ConnectorPlugin {

    @Override
    public ConnectorFactory connectorFactory() {
        return new ToyConnectorFactory(new ToyProvider(), ToyConnector.Flaw.NONE);
    }
}
