package dev.crosswalk.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.port.out.TokenStore;
import dev.crosswalk.core.toolkit.retry.CrmRetry;
import dev.crosswalk.core.toolkit.token.InMemoryConnectionLocks;
import dev.crosswalk.spi.ConnectorContext;
import dev.crosswalk.spi.config.ConfigValidationException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Plugin loading as the server does it, with both connector jars on the class path. */
class ConnectorRegistryTest {

    private static final ConnectorContext CONTEXT = ConnectorContext.of(new NoTokens(), new InMemoryConnectionLocks(),
            CrmRetry.builder().build(), Clock.systemUTC());

    @Test
    void discoversBothBundledPluginsThroughServiceLoader() {
        assertThat(ConnectorRegistry.discover()).containsOnlyKeys("salesforce", "hubspot-stub");
    }

    @Test
    void startsOnlyTheConfiguredConnectorsAndServesThemByKind() {
        try (ConnectorRegistry registry = ConnectorRegistry.load(Map.of("hubspot-stub", Map.of()), CONTEXT)) {
            assertThat(registry.forKind("hubspot-stub")).hasValueSatisfying(ports -> assertThat(ports.contacts()).isPresent());
            assertThat(registry.forKind("salesforce")).isEmpty();
        }
    }

    @Test
    void refusesConfigurationForAConnectorNoPluginProvides() {
        assertThatThrownBy(() -> ConnectorRegistry.load(Map.of("dynamics", Map.of()), CONTEXT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dynamics")
                .hasMessageContaining("salesforce");
    }

    @Test
    void refusesInvalidConnectorConfigurationListingEveryProblemWithoutSecrets() {
        assertThatThrownBy(() -> ConnectorRegistry.load(
                        Map.of("salesforce", Map.of("client_secret", "s3cr3t-value", "read_timeout", "soon")), CONTEXT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'salesforce' connector")
                .hasMessageContaining("client_id")
                .hasMessageContaining("read_timeout")
                .hasMessageNotContaining("s3cr3t-value")
                .cause()
                .isInstanceOfSatisfying(ConfigValidationException.class,
                        invalid -> assertThat(invalid.problems()).hasSize(2));
    }

    /** The stub needs no tokens. */
    private static final class NoTokens implements TokenStore {
        @Override
        public Optional<OAuthTokens> load(ConnectionRef ref) {
            return Optional.empty();
        }

        @Override
        public void save(ConnectionRef ref, OAuthTokens tokens) {
            throw new UnsupportedOperationException("no tokens here");
        }
    }
}
