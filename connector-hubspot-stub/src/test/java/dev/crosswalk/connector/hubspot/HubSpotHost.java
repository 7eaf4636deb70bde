package dev.crosswalk.connector.hubspot;

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
import dev.crosswalk.emulator.hubspot.HubSpotCredentials;
import dev.crosswalk.emulator.hubspot.HubSpotEmulator;
import dev.crosswalk.spi.Connector;
import dev.crosswalk.spi.ConnectorContext;
import dev.crosswalk.spi.ConnectorFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The HubSpot connector wired as a host wires it (core's token manager over in-memory stores, a retry policy with
 * short back-off) with one connection to the emulator's first portal: by OAuth (the refresh token of the app's
 * installation, as after the customer authorised it) or by the portal's private-app token.
 */
final class HubSpotHost implements AutoCloseable {

    static final ConnectionRef REF = new ConnectionRef(new TenantId("acme"), new ConnectionId("hs"));

    final InMemoryTokenStore tokens = new InMemoryTokenStore();
    final InMemoryConnectionStore connections = new InMemoryConnectionStore();
    final Connection connection;
    final Connector connector;

    private HubSpotHost(HubSpotEmulator emulator, OAuthTokens initial, Map<String, String> extraConfig, Clock clock) {
        this.connection = Connection.builder(REF, HubSpotConnectorFactory.KIND, emulator.baseUrl()).build();
        connections.save(connection);
        tokens.save(REF, initial);
        HubSpotCredentials credentials = emulator.credentials();
        Map<String, String> config = new HashMap<>(Map.of(
                "client_id", credentials.clientId(),
                "client_secret", credentials.clientSecret(),
                "api_url", emulator.baseUrl().toString()));
        config.putAll(extraConfig);
        ConnectorFactory factory = new HubSpotConnectorFactory();
        ConnectorContext context = ConnectorContext.builder()
                .tokens(tokens)
                .connections(connections)
                .locks(new InMemoryConnectionLocks())
                .retry(CrmRetry.builder().backoff(Duration.ofMillis(5), Duration.ofMillis(20)).build())
                .clock(clock)
                .build();
        this.connector = factory.create(factory.configSpec().validate(config), context);
    }

    /** A connection holding only the refresh token of the app's installation in the first portal. */
    static HubSpotHost oauth(HubSpotEmulator emulator) {
        return new HubSpotHost(emulator, OAuthTokens.builder(Clock.systemUTC().instant())
                .refreshToken(Secret.of(emulator.credentials().refreshToken())).build(), Map.of(), Clock.systemUTC());
    }

    /** A connection holding the first portal's private-app token, which never expires and has no refresh token. */
    static HubSpotHost privateApp(HubSpotEmulator emulator) {
        return new HubSpotHost(emulator, OAuthTokens.builder(Clock.systemUTC().instant())
                .accessToken(Secret.of(emulator.credentials().privateAppToken())).build(), Map.of(), Clock.systemUTC());
    }

    @Override
    public void close() {
        connector.close();
    }
}
