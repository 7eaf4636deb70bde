package dev.crosswalk.connector.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.fakes.InMemoryConnectionStore;
import dev.crosswalk.core.fakes.InMemoryTokenStore;
import dev.crosswalk.core.port.out.crm.MappingDocument;
import dev.crosswalk.core.toolkit.retry.CrmRetry;
import dev.crosswalk.core.toolkit.token.InMemoryConnectionLocks;
import dev.crosswalk.spi.Connector;
import dev.crosswalk.spi.ConnectorContext;
import dev.crosswalk.spi.ConnectorFactory;
import dev.crosswalk.spi.ConnectorPlugin;
import dev.crosswalk.spi.config.ConfigValidationException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SalesforcePluginTest {

    @Test
    void serviceLoaderFindsExactlyTheSalesforcePlugin() {
        List<String> plugins = ServiceLoader.load(ConnectorPlugin.class).stream()
                .map(provider -> provider.type().getName())
                .toList();

        assertThat(plugins).containsExactly(SalesforcePlugin.class.getName());
    }

    @Test
    void createsAConnectorWithItsPortsMappingFilesAndDialectAndClosesIt() {
        ConnectorFactory factory = new SalesforcePlugin().connectorFactory();
        ConnectorContext context = ConnectorContext.builder().tokens(new InMemoryTokenStore())
                .connections(new InMemoryConnectionStore()).locks(new InMemoryConnectionLocks())
                .retry(CrmRetry.builder().build()).clock(Clock.systemUTC()).build();

        try (Connector connector = factory.create(factory.configSpec().validate(
                Map.of("client_id", "id", "client_secret", "secret")), context)) {
            assertThat(factory.kind()).isEqualTo("salesforce");
            assertThat(connector.records()).isNotNull().isSameAs(connector.records());
            assertThat(connector.schema()).isNotNull().isSameAs(connector.schema());
            assertThat(connector.quota()).isNotNull().isSameAs(connector.quota());
            assertThat(connector.queryDialect()).isPresent();
            assertThat(connector.mappings()).extracting(MappingDocument::object)
                    .containsExactly(UnifiedObject.CONTACT, UnifiedObject.ACCOUNT, UnifiedObject.OPPORTUNITY);
        }
    }

    @Test
    void reportsEveryConfigurationProblemAtOnceWithoutShowingSecrets() {
        ConnectorFactory factory = new SalesforceConnectorFactory();

        assertThatThrownBy(() -> factory.configSpec().validate(Map.of(
                        "client_secret", "hunter2", "login_url", "not a url", "session_timeout", "2 hours", "colour", "red")))
                .isInstanceOfSatisfying(ConfigValidationException.class, invalid -> {
                    assertThat(invalid.problems()).hasSize(4);
                    assertThat(invalid.getMessage())
                            .contains("client_id", "login_url", "session_timeout", "colour")
                            .doesNotContain("hunter2");
                });
    }

    @Test
    void reportsAMalformedApiVersionAndBadTimeoutsTogetherWithOtherProblems() {
        assertThatThrownBy(() -> new SalesforceConnectorFactory().configSpec().validate(Map.of(
                        "client_secret", "secret", "api_version", "62/../x", "read_timeout", "PT0S")))
                .isInstanceOfSatisfying(ConfigValidationException.class, invalid -> assertThat(invalid.problems())
                        .hasSize(3)
                        .anySatisfy(problem -> assertThat(problem).contains("api_version", "v62.0"))
                        .anySatisfy(problem -> assertThat(problem).contains("read_timeout", "positive"))
                        .anySatisfy(problem -> assertThat(problem).contains("client_id")));
    }

    @Test
    void refusesAJwtPrivateKeyThatIsNotAPemRsaKeyWithoutShowingIt() {
        assertThatThrownBy(() -> new SalesforceConnectorFactory().configSpec().validate(Map.of(
                        "client_id", "id", "client_secret", "secret", "jwt_private_key", "not-a-key-at-all")))
                .isInstanceOfSatisfying(ConfigValidationException.class, invalid -> assertThat(invalid.problems())
                        .containsExactly("'jwt_private_key' must be a PKCS#8 RSA private key in PEM, was (hidden)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1000001"})
    void refusesADescribeCacheSizeOutsideItsRange(String entries) {
        assertThatThrownBy(() -> new SalesforceConnectorFactory().configSpec().validate(Map.of(
                        "client_id", "app", "client_secret", "secret", "describe_cache_entries", entries)))
                .isInstanceOfSatisfying(ConfigValidationException.class, invalid -> assertThat(invalid.problems())
                        .singleElement().asString().contains("describe_cache_entries", "from 1 to 1000000", entries));
    }
}
