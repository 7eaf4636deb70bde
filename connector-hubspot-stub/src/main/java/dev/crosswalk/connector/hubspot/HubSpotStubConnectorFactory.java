package dev.crosswalk.connector.hubspot;

import dev.crosswalk.spi.Connector;
import dev.crosswalk.spi.ConnectorContext;
import dev.crosswalk.spi.ConnectorFactory;
import dev.crosswalk.spi.config.ConfigKey;
import dev.crosswalk.spi.config.ConfigSpec;
import dev.crosswalk.spi.config.ConfigType;
import dev.crosswalk.spi.config.ConnectorConfig;

/**
 * Creates the HubSpot stub (kind {@code hubspot-stub}): canned HubSpot contacts, companies and deals behind the record
 * port, with mapping files for the unified contacts, accounts and opportunities. Thread-safe.
 *
 * @since 0.1
 */
public final class HubSpotStubConnectorFactory implements ConnectorFactory {

    /** The kind connections name to use the stub. */
    static final String KIND = "hubspot-stub";

    static final String MAX_PAGE_SIZE = "max_page_size";

    private static final ConfigSpec SPEC = ConfigSpec.builder()
            .key(ConfigKey.optional(MAX_PAGE_SIZE, ConfigType.INTEGER, "100",
                    "Most records on one page, up to HubSpot's own limit of 100."))
            .rule(MAX_PAGE_SIZE, "from 1 to 100", value -> {
                long size = Long.parseLong(value);
                return size >= 1 && size <= 100;
            })
            .build();

    /** Creates the factory. */
    public HubSpotStubConnectorFactory() {
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public ConfigSpec configSpec() {
        return SPEC;
    }

    @Override
    public Connector create(ConnectorConfig config, ConnectorContext context) {
        return new HubSpotStubConnector((int) config.integer(MAX_PAGE_SIZE));
    }
}
