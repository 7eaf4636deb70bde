package dev.crosswalk.conformance.toy;

import dev.crosswalk.spi.Connector;
import dev.crosswalk.spi.ConnectorContext;
import dev.crosswalk.spi.ConnectorFactory;
import dev.crosswalk.spi.config.ConfigKey;
import dev.crosswalk.spi.config.ConfigSpec;
import dev.crosswalk.spi.config.ConfigType;
import dev.crosswalk.spi.config.ConnectorConfig;

/** Creates {@link ToyConnector}s over one {@link ToyProvider}. Thread-safe. */
final class ToyConnectorFactory implements ConnectorFactory {

    static final String KIND = "toy";

    private final ToyProvider provider;
    private final ToyConnector.Flaw flaw;

    ToyConnectorFactory(ToyProvider provider, ToyConnector.Flaw flaw) {
        this.provider = provider;
        this.flaw = flaw;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public ConfigSpec configSpec() {
        return ConfigSpec.builder()
                .key(ConfigKey.required("region", ConfigType.STRING, "where the toy provider lives"))
                .key(ConfigKey.optional("page_limit", ConfigType.INTEGER, "100", "the largest page served"))
                .build();
    }

    @Override
    public Connector create(ConnectorConfig config, ConnectorContext context) {
        return new ToyConnector(provider, flaw, context);
    }
}
