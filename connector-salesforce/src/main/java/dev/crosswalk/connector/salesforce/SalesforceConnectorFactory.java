package dev.crosswalk.connector.salesforce;

import dev.crosswalk.spi.Connector;
import dev.crosswalk.spi.ConnectorContext;
import dev.crosswalk.spi.ConnectorFactory;
import dev.crosswalk.spi.config.ConfigSpec;
import dev.crosswalk.spi.config.ConnectorConfig;

/** Describes the Salesforce connector's configuration and creates it. Thread-safe. */
public final class SalesforceConnectorFactory implements ConnectorFactory {

    /** The kind connections name to use Salesforce. */
    public static final String KIND = "salesforce";

    /** Creates the factory. */
    public SalesforceConnectorFactory() {
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public ConfigSpec configSpec() {
        return SalesforceSettings.SPEC;
    }

    @Override
    public Connector create(ConnectorConfig config, ConnectorContext context) {
        return new SalesforceConnector(SalesforceSettings.from(config), context);
    }
}
