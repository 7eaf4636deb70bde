package dev.crosswalk.connector.hubspot;

import dev.crosswalk.conformance.TestingConnectorContext;
import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.emulator.hubspot.HubSpotCredentials;
import dev.crosswalk.emulator.hubspot.HubSpotEmulator;
import dev.crosswalk.spi.Connector;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The HubSpot connector wired as a host wires it, by the conformance kit's {@link TestingConnectorContext} (core's
 * token manager over in-memory stores, retry waits counted instead of slept), with one connection to the emulator's
 * first portal: by OAuth (the refresh token of the app's installation, as after the customer authorised it) or by the
 * portal's private-app token.
 */
final class HubSpotHost implements AutoCloseable {

    static final ConnectionRef REF = new ConnectionRef(new TenantId("acme"), new ConnectionId("hs"));

    final TestingConnectorContext context;
    final Connection connection;
    final Connector connector;

    private HubSpotHost(HubSpotEmulator emulator, OAuthTokens initial, Map<String, String> extraConfig) {
        this(emulator, initial, extraConfig, Map.of());
    }

    private HubSpotHost(HubSpotEmulator emulator, OAuthTokens initial, Map<String, String> extraConfig,
            Map<String, Secret> secretSettings) {
        HubSpotCredentials credentials = emulator.credentials();
        Map<String, String> config = new HashMap<>(Map.of("client_id", credentials.clientId(),
                "client_secret", credentials.clientSecret(), "api_url", emulator.baseUrl().toString()));
        config.putAll(extraConfig);
        this.context = TestingConnectorContext.builder(new HubSpotConnectorFactory())
                .config(config)
                .connection(Connection.builder(REF, HubSpotConnectorFactory.KIND, emulator.baseUrl())
                        .secretSettings(secretSettings).build())
                .tokens(initial)
                .build();
        this.connection = context.connection();
        this.connector = context.connector();
    }

    /** A connection holding only the refresh token of the app's installation in the first portal. */
    static HubSpotHost oauth(HubSpotEmulator emulator) {
        return new HubSpotHost(emulator, OAuthTokens.builder(Instant.now())
                .refreshToken(Secret.of(emulator.credentials().refreshToken())).build(), Map.of());
    }

    /** A connection holding the first portal's private-app token, which never expires and has no refresh token. */
    static HubSpotHost privateApp(HubSpotEmulator emulator) {
        return privateApp(emulator, Map.of());
    }

    /**
     * A private-app connection made by its grant, as {@code PUT /connections/{id}} makes one: the token is the
     * connection's secret setting, and no token is stored yet.
     */
    static HubSpotHost privateAppByGrant(HubSpotEmulator emulator) {
        return new HubSpotHost(emulator, OAuthTokens.builder(Instant.now()).build(), Map.of(),
                Map.of(HubSpotOAuth.PRIVATE_APP_TOKEN, Secret.of(emulator.credentials().privateAppToken())));
    }

    /** The same, with configuration added to the connector's. */
    static HubSpotHost privateApp(HubSpotEmulator emulator, Map<String, String> extraConfig) {
        return new HubSpotHost(emulator, OAuthTokens.builder(Instant.now())
                .accessToken(Secret.of(emulator.credentials().privateAppToken())).build(), extraConfig);
    }

    @Override
    public void close() {
        context.close();
    }
}
