package dev.crosswalk.benchmarks;

import dev.crosswalk.adapters.http.UnifiedApiServer;
import dev.crosswalk.adapters.persistence.DatabaseSettings;
import dev.crosswalk.adapters.persistence.TokenEncryptionKey;
import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.embedded.Crosswalk;
import dev.crosswalk.testkit.salesforce.EmulatorCredentials;
import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * The bundled server's stack as {@code crosswalk demo} wires it, in this process: the Salesforce emulator, an embedded
 * Crosswalk on an H2 file database, the unified HTTP API on a free port, and one tenant with an API key and a
 * Salesforce connection to the emulator.
 */
final class BundledServer implements AutoCloseable {

    private static final ConnectionId CONNECTION = new ConnectionId("bench-salesforce");

    private final SalesforceEmulator emulator;
    private final Crosswalk crosswalk;
    private final UnifiedApiServer api;
    private final Secret apiKey;

    private BundledServer(SalesforceEmulator emulator, Crosswalk crosswalk, UnifiedApiServer api, Secret apiKey) {
        this.emulator = emulator;
        this.crosswalk = crosswalk;
        this.api = api;
        this.apiKey = apiKey;
    }

    static BundledServer start(Path dataDirectory, int contacts) {
        SalesforceEmulator emulator = SalesforceEmulator.builder().seed(42).contacts(contacts)
                .accounts(Math.max(1, contacts / 10)).dailyApiRequests(1_000_000_000L).start();
        EmulatorCredentials app = emulator.credentials();
        Clock clock = Clock.systemUTC();
        Crosswalk crosswalk = Crosswalk.builder()
                .database(DatabaseSettings.h2File(dataDirectory, TokenEncryptionKey.generate()))
                .clock(clock)
                .connector("salesforce", Map.of("client_id", app.clientId(), "client_secret", app.clientSecret(),
                        "login_url", emulator.baseUrl().toString(), "api_version", emulator.apiVersion()))
                .build();
        TenantId tenant = new TenantId("bench");
        Secret apiKey = crosswalk.provisioning().issueApiKey(tenant, "Benchmark tenant");
        crosswalk.provisioning().connect(
                Connection.builder(new ConnectionRef(tenant, CONNECTION), "salesforce", emulator.baseUrl()).build(),
                OAuthTokens.builder(clock.instant()).refreshToken(Secret.of(app.refreshToken())).build());
        UnifiedApiServer api = UnifiedApiServer.builder()
                .authenticate(crosswalk.authentication())
                .unifiedRecords(crosswalk.unifiedRecords())
                .providerRecords(crosswalk.providerRecords())
                .schema(crosswalk.schema())
                .quota(crosswalk.quota())
                .mappings(crosswalk.mappings())
                .connections(crosswalk.connections())
                .authorization(crosswalk.authorization())
                .webhooks(crosswalk.webhooks())
                .build()
                .start("127.0.0.1", 0);
        return new BundledServer(emulator, crosswalk, api, apiKey);
    }

    SalesforceEmulator emulator() {
        return emulator;
    }

    /** @return the URL of a unified route of the benchmark connection, such as {@code contacts?page_size=200} */
    URI unified(String routeAndQuery) {
        String separator = routeAndQuery.contains("?") ? "&" : "?";
        return URI.create("http://127.0.0.1:" + api.port() + "/unified/crm/" + routeAndQuery + separator
                + "connection_id=" + CONNECTION.value());
    }

    /** @return the value of the {@code Authorization} header the tenant's API key gives */
    String authorization() {
        return "Bearer " + apiKey.reveal();
    }

    @Override
    public void close() {
        try {
            api.close();
            crosswalk.close();
        } finally {
            emulator.close();
        }
    }
}
