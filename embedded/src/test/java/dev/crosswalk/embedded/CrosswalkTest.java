package dev.crosswalk.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.crosswalk.adapters.persistence.TokenEncryptionKey;
import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.port.in.ListRequest;
import dev.crosswalk.core.port.in.ReadUnifiedRecordsUseCase;
import dev.crosswalk.emulator.hubspot.HubSpotEmulator;
import dev.crosswalk.embedded.fixture.FixturePlugins;
import dev.crosswalk.spi.config.ConfigValidationException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Crosswalk as a host embeds it, with both bundled connector jars on the test class path. */
class CrosswalkTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private static JdbcDataSource h2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:embedded-" + DATABASES.incrementAndGet()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        return dataSource;
    }

    private static Crosswalk.Builder onH2() {
        return Crosswalk.builder().database(h2(), TokenEncryptionKey.generate());
    }

    @Test
    void findsBothBundledPluginsThroughServiceLoader() {
        assertThat(ConnectorRegistry.discover(CrosswalkTest.class.getClassLoader()))
                .containsOnlyKeys("salesforce", "hubspot");
    }

    @Test
    void startsOnlyTheConfiguredConnectorsAndServesTheirUnifiedObjects() {
        try (HubSpotEmulator hubspot = HubSpotEmulator.builder().port(0).seed(1).contacts(5).start();
                Crosswalk crosswalk = onH2().connector("hubspot", Map.of("api_url", hubspot.baseUrl().toString()))
                        .build()) {
            ConnectionRef ref = new ConnectionRef(new TenantId("acme"), new ConnectionId("hs"));
            crosswalk.provisioning().issueApiKey(ref.tenant(), "Acme");
            crosswalk.provisioning().connect(Connection.builder(ref, "hubspot", hubspot.baseUrl()).build(),
                    OAuthTokens.builder(Instant.now())
                            .accessToken(Secret.of(hubspot.credentials().privateAppToken())).build());

            assertThat(crosswalk.connectorKinds()).containsExactly("hubspot");
            assertThat(crosswalk.unifiedRecords().listContacts(ListRequest.builder(ref).build()).items()).isNotEmpty();
        }
    }

    @Test
    void refusesConfigurationForAConnectorNoPluginProvides() {
        assertThatThrownBy(() -> onH2().connector("dynamics", Map.of()).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dynamics")
                .hasMessageContaining("salesforce");
    }

    @Test
    void refusesInvalidConnectorConfigurationListingEveryProblemWithoutSecrets() {
        assertThatThrownBy(() -> onH2()
                        .connector("salesforce", Map.of("client_secret", "s3cr3t-value", "read_timeout", "soon")).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'salesforce' connector")
                .hasMessageContaining("client_id")
                .hasMessageContaining("read_timeout")
                .hasMessageNotContaining("s3cr3t-value")
                .cause()
                .isInstanceOfSatisfying(ConfigValidationException.class,
                        invalid -> assertThat(invalid.problems()).hasSize(2));
    }

    @Test
    void refusesAConnectorShippingABrokenMappingFileAndClosesTheConnectorsStartedBeforeIt() throws Exception {
        int closedBefore = FixturePlugins.CLOSED.get();

        assertThatThrownBy(() -> onH2().plugins(fixturePlugins())
                        .connector("fixture-good", Map.of()).connector("fixture-broken-mapping", Map.of()).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'fixture-broken-mapping' connector ships a broken mapping file")
                .hasMessageContaining("fixture-broken-mapping:contact.yaml:3:");
        assertThat(FixturePlugins.CLOSED.get() - closedBefore).as("both started connectors closed").isEqualTo(2);
    }

    @Test
    void closesEveryConnectorWhenOneFailsToCloseAndSaysWhich() throws Exception {
        Crosswalk crosswalk = onH2().plugins(fixturePlugins())
                .connector("fixture-failing-close", Map.of()).connector("fixture-good", Map.of()).build();
        int closedBefore = FixturePlugins.CLOSED.get();

        assertThatThrownBy(crosswalk::close)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("closing connectors failed: [fixture-failing-close]")
                .satisfies(failure -> assertThat(failure.getSuppressed()).hasSize(1));
        assertThat(FixturePlugins.CLOSED.get() - closedBefore).as("the good one closed too").isEqualTo(2);
    }

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path folder;

    /** A class loader that offers only the fixture plugins to ServiceLoader. */
    private ClassLoader fixturePlugins() throws java.io.IOException {
        java.nio.file.Path services = folder.resolve("fixture-plugins.txt");
        java.nio.file.Files.writeString(services, FixturePlugins.Good.class.getName() + "\n"
                + FixturePlugins.BrokenMapping.class.getName() + "\n" + FixturePlugins.FailingClose.class.getName() + "\n");
        java.net.URL listing = services.toUri().toURL();
        return new ClassLoader(CrosswalkTest.class.getClassLoader()) {
            @Override
            public java.util.Enumeration<java.net.URL> getResources(String name) throws java.io.IOException {
                return name.equals("META-INF/services/" + dev.crosswalk.spi.ConnectorPlugin.class.getName())
                        ? java.util.Collections.enumeration(List.of(listing)) : super.getResources(name);
            }
        };
    }

    @Test
    void needsExactlyOneSourceOfStores() {
        assertThatThrownBy(() -> Crosswalk.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("exactly one");
        assertThatThrownBy(() -> onH2().database(h2(), TokenEncryptionKey.generate())
                .database(dev.crosswalk.adapters.persistence.DatabaseSettings.h2File(
                        java.nio.file.Path.of("target", "unused"), TokenEncryptionKey.generate())).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("exactly one");
    }

    @Test
    void bindsEveryUseCaseForGuiceHosts() {
        try (Crosswalk crosswalk = onH2().build()) {
            Injector injector = Guice.createInjector(new CrosswalkGuiceModule(crosswalk));

            assertThat(injector.getInstance(ReadUnifiedRecordsUseCase.class)).isSameAs(crosswalk.unifiedRecords());
            assertThat(injector.getInstance(Crosswalk.class)).isSameAs(crosswalk);
        }
    }

    @Test
    void leavesTheHostsDataSourceUsableAfterClosing() throws Exception {
        JdbcDataSource dataSource = h2();
        Crosswalk.builder().database(dataSource, TokenEncryptionKey.generate()).build().close();

        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var tables = statement.executeQuery("select count(*) from tenants")) {
            assertThat(tables.next()).isTrue();
        }
    }
}
