package dev.crosswalk.connector.salesforce;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.fakes.InMemoryConnectionStore;
import dev.crosswalk.core.fakes.InMemoryTokenStore;
import dev.crosswalk.core.toolkit.retry.CrmRetry;
import dev.crosswalk.core.toolkit.token.InMemoryConnectionLocks;
import dev.crosswalk.spi.Connector;
import dev.crosswalk.spi.ConnectorContext;
import dev.crosswalk.spi.ConnectorFactory;
import dev.crosswalk.testkit.salesforce.EmulatorCredentials;
import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A Salesforce connector wired as a host wires it (real token manager, in-memory stores), with one connection to the
 * emulator's default org holding only the refresh token, as after the customer authorised it.
 */
final class EmulatorConnection implements AutoCloseable {

    static final ConnectionRef REF = new ConnectionRef(new TenantId("acme"), new ConnectionId("sf"));

    final InMemoryTokenStore tokens = new InMemoryTokenStore();
    final InMemoryConnectionStore connections = new InMemoryConnectionStore();
    final Connection connection;
    final Connector connector;

    private EmulatorConnection(SalesforceEmulator emulator, URI instanceUrl, Map<String, String> extraConfig,
            Clock clock) {
        this.connection = Connection.builder(REF, SalesforceConnectorFactory.KIND, instanceUrl).build();
        connections.save(connection);
        tokens.save(REF, OAuthTokens.builder(Instant.now())
                .refreshToken(Secret.of(emulator.credentials().refreshToken())).build());
        this.connector = connector(emulator, extraConfig, clock);
    }

    private EmulatorConnection(SalesforceEmulator emulator, Map<String, String> settings,
            Map<String, String> extraConfig) {
        this.connection = Connection.builder(REF, SalesforceConnectorFactory.KIND, emulator.baseUrl())
                .settings(settings).build();
        connections.save(connection);
        tokens.save(REF, OAuthTokens.builder(Instant.now()).build());
        this.connector = connector(emulator, extraConfig, Clock.systemUTC());
    }

    private EmulatorConnection(SalesforceEmulator emulator, Connection connection, OAuthTokens initial,
            Map<String, String> extraConfig) {
        this.connection = connection;
        connections.save(connection);
        tokens.save(REF, initial);
        this.connector = connector(emulator, extraConfig, Clock.systemUTC());
    }

    /**
     * A connection with its own Connected App (settings with {@code client_id}, secret settings) holding these
     * tokens; the connector is configured with the emulator's first app, the operator's.
     */
    static EmulatorConnection withOwnApp(SalesforceEmulator emulator, Map<String, String> settings,
            Map<String, Secret> secretSettings, OAuthTokens initial, Map<String, String> extraConfig) {
        return new EmulatorConnection(emulator, Connection.builder(REF, SalesforceConnectorFactory.KIND,
                emulator.baseUrl()).settings(settings).secretSettings(secretSettings).build(), initial, extraConfig);
    }

    /** A connection that obtains its tokens by its own grant (its settings say which), with none stored yet. */
    static EmulatorConnection byGrant(SalesforceEmulator emulator, Map<String, String> settings,
            Map<String, String> extraConfig) {
        return new EmulatorConnection(emulator, settings, extraConfig);
    }

    static EmulatorConnection to(SalesforceEmulator emulator) {
        return new EmulatorConnection(emulator, emulator.baseUrl(), Map.of(), Clock.systemUTC());
    }

    static EmulatorConnection to(SalesforceEmulator emulator, Map<String, String> extraConfig) {
        return new EmulatorConnection(emulator, emulator.baseUrl(), extraConfig, Clock.systemUTC());
    }

    static EmulatorConnection to(SalesforceEmulator emulator, Map<String, String> extraConfig, Clock clock) {
        return new EmulatorConnection(emulator, emulator.baseUrl(), extraConfig, clock);
    }

    /** A connection whose stored instance URL is stale: the org has moved to the emulator's address. */
    static EmulatorConnection movedTo(SalesforceEmulator emulator, URI staleInstanceUrl) {
        return new EmulatorConnection(emulator, staleInstanceUrl, Map.of(), Clock.systemUTC());
    }

    private Connector connector(SalesforceEmulator emulator, Map<String, String> extraConfig, Clock clock) {
        EmulatorCredentials credentials = emulator.credentials();
        Map<String, String> config = new HashMap<>(Map.of(
                "client_id", credentials.clientId(),
                "client_secret", credentials.clientSecret(),
                "login_url", emulator.baseUrl().toString(),
                "api_version", emulator.apiVersion()));
        config.putAll(extraConfig);
        ConnectorFactory factory = new SalesforceConnectorFactory();
        ConnectorContext context = ConnectorContext.builder()
                .tokens(tokens)
                .connections(connections)
                .locks(new InMemoryConnectionLocks())
                .retry(CrmRetry.builder().backoff(Duration.ofMillis(5), Duration.ofMillis(20)).build())
                .clock(clock)
                .build();
        return factory.create(factory.configSpec().validate(config), context);
    }

    /** @return the first page of contacts, read through the connector as a host would */
    dev.crosswalk.core.domain.RecordPage listContacts() {
        return connector.records().list(connection, dev.crosswalk.core.domain.RecordQuery.builder("Contact").build());
    }

    /** @return the key pair's private key as PKCS#8 PEM, as a jwt_private_key setting takes it */
    static String pem(java.security.KeyPair pair) {
        return "-----BEGIN PRIVATE KEY-----\n"
                + java.util.Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    @Override
    public void close() {
        connector.close();
    }
}
