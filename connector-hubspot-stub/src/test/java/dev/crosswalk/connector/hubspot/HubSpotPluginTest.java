package dev.crosswalk.connector.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.spi.ConnectorPlugin;
import dev.crosswalk.spi.config.ConfigValidationException;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class HubSpotPluginTest {

    @Test
    void serviceLoaderFindsExactlyTheHubSpotPluginOfKindHubspot() {
        List<ConnectorPlugin> plugins = ServiceLoader.load(ConnectorPlugin.class).stream()
                .map(ServiceLoader.Provider::get).toList();

        assertThat(plugins).singleElement().isInstanceOf(HubSpotPlugin.class);
        assertThat(plugins.get(0).connectorFactory().kind()).isEqualTo("hubspot");
    }

    @Test
    void needsNoConfigurationForPrivateAppsAndRefusesNonsenseAtOnce() {
        var spec = new HubSpotConnectorFactory().configSpec();

        assertThat(spec.validate(Map.of()).url("api_url")).hasToString("https://api.hubapi.com");
        assertThatThrownBy(() -> spec.validate(Map.of("api_url", "ftp://x", "read_timeout", "PT0S", "colour", "red")))
                .isInstanceOf(ConfigValidationException.class)
                .hasMessageContaining("api_url").hasMessageContaining("read_timeout").hasMessageContaining("colour");
    }
}
