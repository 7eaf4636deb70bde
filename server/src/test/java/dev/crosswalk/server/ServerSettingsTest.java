package dev.crosswalk.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.adapters.persistence.TokenEncryptionKey;
import java.net.URI;
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
        properties.setProperty("connector.hubspot.read_timeout", "PT5S");

        ServerSettings settings = ServerSettings.fromProperties(properties, ENVIRONMENT);

        assertThat(settings.host()).isEqualTo("127.0.0.1");
        assertThat(settings.port()).isEqualTo(9090);
        assertThat(settings.database().jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/crosswalk");
        assertThat(settings.connectors()).isEqualTo(Map.of(
                "salesforce", Map.of("client_id", "abc", "login_url", "https://test.salesforce.com"),
                "hubspot", Map.of("read_timeout", "PT5S")));
    }

    @Test
    void readsTheCallbackUrlAndTheReturnUrlAllowlist() {
        Properties properties = new Properties();
        properties.setProperty("oauth.callback_url", "https://crosswalk.example.com/oauth/callback");
        properties.setProperty("oauth.return_urls", " https://app.example/crm , https://admin.example ,");

        ServerSettings settings = ServerSettings.fromProperties(properties, ENVIRONMENT);

        assertThat(settings.callbackUrl()).isEqualTo(URI.create("https://crosswalk.example.com/oauth/callback"));
        assertThat(settings.returnUrls()).containsExactly(URI.create("https://app.example/crm"),
                URI.create("https://admin.example"));
        assertThat(ServerSettings.fromProperties(new Properties(), ENVIRONMENT).returnUrls()).isEmpty();
    }

    @Test
    void namesEveryCallbackOrReturnUrlThatIsNoAbsoluteHttpUrl() {
        Properties properties = new Properties();
        properties.setProperty("oauth.callback_url", "/oauth/callback");
        properties.setProperty("oauth.return_urls", "https://app.example/crm,ftp://files.example,https://u@x.example");

        assertThatThrownBy(() -> ServerSettings.fromProperties(properties, ENVIRONMENT))
                .hasMessageContaining("'oauth.callback_url' needs absolute http(s) URLs")
                .hasMessageContaining("'ftp://files.example'").hasMessageContaining("'https://u@x.example'")
                .hasMessageNotContaining("'https://app.example/crm'");
    }

    @Test
    void readsTheQuotaAlertThresholdAndNamesABadOne() {
        Properties properties = new Properties();
        properties.setProperty("quota.alert_threshold", "0.9");
        assertThat(ServerSettings.fromProperties(properties, ENVIRONMENT).quotaAlertThreshold()).isEqualTo(0.9);
        assertThat(ServerSettings.fromProperties(new Properties(), ENVIRONMENT).quotaAlertThreshold()).isEqualTo(0.8);

        properties.setProperty("quota.alert_threshold", "80%");
        assertThatThrownBy(() -> ServerSettings.fromProperties(properties, ENVIRONMENT))
                .hasMessageContaining("'quota.alert_threshold' must be a share");
    }

    @Test
    void refusesWebhooksToPrivateAddressesUnlessTheOperatorAllowsThem() {
        Properties properties = new Properties();
        assertThat(ServerSettings.fromProperties(properties, ENVIRONMENT).webhooksToPrivateAddresses()).isFalse();

        properties.setProperty("webhooks.allow_private_addresses", "true");
        assertThat(ServerSettings.fromProperties(properties, ENVIRONMENT).webhooksToPrivateAddresses()).isTrue();

        properties.setProperty("webhooks.allow_private_addresses", "yes");
        assertThatThrownBy(() -> ServerSettings.fromProperties(properties, ENVIRONMENT))
                .hasMessageContaining("'webhooks.allow_private_addresses' must be true or false");
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

    @Test
    void namesEveryProblemAtOnceWithTheKeyAMisspeltOneMeant() {
        Properties properties = new Properties();
        properties.setProperty("http.prot", "18090");
        properties.setProperty("databse.url", "jdbc:postgresql://127.0.0.1:5432/crosswalk");
        properties.setProperty("http.port", "abc");
        properties.setProperty("log.level", "debug");

        assertThatThrownBy(() -> ServerSettings.fromProperties(properties, ENVIRONMENT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'http.prot' is not a known key (did you mean 'http.port'?)")
                .hasMessageContaining("'databse.url' is not a known key (did you mean 'database.url'?)")
                .hasMessageContaining("'log.level' is not a known key; the keys are http.host, http.port")
                .satisfies(failure -> assertThat(failure.getMessage().split("the keys are", -1)).hasSize(2))
                .hasMessageContaining("'http.port' must be a port number from 0 (any free port) to 65535, was 'abc'");
    }

    @Test
    void refusesAPortOutOfRange() {
        Properties properties = new Properties();
        properties.setProperty("http.port", "70000");

        assertThatThrownBy(() -> ServerSettings.fromProperties(properties, ENVIRONMENT))
                .hasMessageContaining("'http.port' must be a port number");
    }

    @Test
    void refusesKeysThatExcludeEachOtherOrNeedAnother() {
        Properties both = new Properties();
        both.setProperty("data.dir", "/var/lib/crosswalk");
        both.setProperty("database.url", "jdbc:postgresql://127.0.0.1:5432/crosswalk");
        Properties credentialsAlone = new Properties();
        credentialsAlone.setProperty("database.user", "crosswalk");

        assertThatThrownBy(() -> ServerSettings.fromProperties(both, ENVIRONMENT))
                .hasMessageContaining("'data.dir' and 'database.url' exclude each other");
        assertThatThrownBy(() -> ServerSettings.fromProperties(credentialsAlone, ENVIRONMENT))
                .hasMessageContaining("'database.user' needs 'database.url'");
    }

    @Test
    void reportsAMalformedTokenKeyWithTheFilesProblems() {
        Properties properties = new Properties();
        properties.setProperty("http.prot", "18090");

        assertThatThrownBy(() -> ServerSettings.fromProperties(properties,
                Map.of(ServerSettings.TOKEN_KEY_ENV, "c2hvcnQ=")))
                .hasMessageContaining("'http.prot' is not a known key")
                .hasMessageContaining(ServerSettings.TOKEN_KEY_ENV + " is not a usable key: the token encryption key"
                        + " must be 32 bytes");
    }
}
