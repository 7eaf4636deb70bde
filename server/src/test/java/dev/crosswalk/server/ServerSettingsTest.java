package dev.crosswalk.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.adapters.persistence.TokenEncryptionKey;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ServerSettingsTest {

    private static final Map<String, String> ENVIRONMENT =
            Map.of(ServerSettings.TOKEN_KEY_ENV, TokenEncryptionKey.generate().toBase64());

    @Test
    void readsListenAddressDatabaseAndConnectorSections() {
        Properties properties = new Properties();
        properties.setProperty("http.port", "9090");
        properties.setProperty("database.url", "jdbc:postgresql://127.0.0.1:5432/crosswalk");
        properties.setProperty("database.user", "crosswalk");
        properties.setProperty("connector.salesforce.client_id", "abc");
        properties.setProperty("connector.salesforce.login_url", "https://test.salesforce.com");
        properties.setProperty("connector.hubspot-stub.max_page_size", "50");

        ServerSettings settings = ServerSettings.fromProperties(properties, ENVIRONMENT);

        assertThat(settings.host()).isEqualTo("127.0.0.1");
        assertThat(settings.port()).isEqualTo(9090);
        assertThat(settings.database().jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/crosswalk");
        assertThat(settings.connectors()).isEqualTo(Map.of(
                "salesforce", Map.of("client_id", "abc", "login_url", "https://test.salesforce.com"),
                "hubspot-stub", Map.of("max_page_size", "50")));
    }

    @Test
    void defaultsToAnEmbeddedH2DatabaseInTheDataFolder() {
        ServerSettings settings = ServerSettings.fromProperties(new Properties(), ENVIRONMENT);

        assertThat(settings.database().jdbcUrl()).startsWith("jdbc:h2:file:").contains("data");
        assertThat(settings.port()).isEqualTo(8080);
    }

    @Test
    void refusesToStartWithoutATokenEncryptionKey() {
        assertThatThrownBy(() -> ServerSettings.fromProperties(new Properties(), Map.of()))
                .hasMessageContaining(ServerSettings.TOKEN_KEY_ENV);
    }

    @Test
    void refusesAConnectorKeyWithoutAKind() {
        Properties properties = new Properties();
        properties.setProperty("connector.client_id", "abc");

        assertThatThrownBy(() -> ServerSettings.fromProperties(properties, ENVIRONMENT))
                .hasMessageContaining("connector.<kind>.<key>");
    }

    @Test
    void neverPrintsTheDatabaseSettings() {
        Properties properties = new Properties();
        properties.setProperty("database.url", "jdbc:postgresql://127.0.0.1:5432/crosswalk");
        properties.setProperty("database.password", "pg-secret");

        assertThat(ServerSettings.fromProperties(properties, ENVIRONMENT).toString()).doesNotContain("pg-secret");
    }
}
