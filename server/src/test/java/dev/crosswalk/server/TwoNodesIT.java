package dev.crosswalk.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.adapters.persistence.CrosswalkDatabase;
import dev.crosswalk.adapters.persistence.DatabaseSettings;
import dev.crosswalk.adapters.persistence.TokenEncryptionKey;
import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.embedded.Crosswalk;
import dev.crosswalk.testkit.salesforce.RefreshTokenPolicy;
import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two server processes (separate JVMs, the shaded jar) on one PostgreSQL database, one Salesforce connection, the
 * emulator rotating refresh tokens and revoking the whole family when a spent one is replayed. The emulator is driven
 * through its control API, as a test outside the JVM would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    private static final ConnectionRef CONNECTION = new ConnectionRef(new TenantId("acme"), new ConnectionId("sf"));
    private static final int CALLS = 200;

    @TempDir
    static Path folder;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final TokenEncryptionKey key = TokenEncryptionKey.generate();
    private ThrowawayPostgres postgres;
    private SalesforceEmulator emulator;
    private DatabaseSettings database;
    private final List<ServerProcess> nodes = new ArrayList<>();
    private String apiKey;

    @BeforeAll
    void start() throws Exception {
        postgres = new ThrowawayPostgres();
        database = new DatabaseSettings(postgres.url(), ThrowawayPostgres.USER, null, key);
        emulator = SalesforceEmulator.builder().seed(12).accounts(2).contacts(20).controlApi(true)
                .refreshTokenPolicy(RefreshTokenPolicy.ROTATE_AND_REVOKE_ON_REPLAY).start();
        try (Crosswalk provisioning = Crosswalk.builder().database(database).deliverWebhooks(false).build()) {
            apiKey = provisioning.provisioning().issueApiKey(CONNECTION.tenant(), "Acme").reveal();
            provisioning.provisioning().connect(
                    Connection.builder(CONNECTION, "salesforce", emulator.baseUrl()).build(),
                    OAuthTokens.builder(Instant.now()).refreshToken(Secret.of(emulator.credentials().refreshToken()))
                            .build());
        }
        Path config = folder.resolve("crosswalk.properties");
        Files.writeString(config, String.join("\n",
                "http.port=0",
                "database.url=" + postgres.url(),
                "database.user=" + ThrowawayPostgres.USER,
                "connector.salesforce.client_id=" + emulator.credentials().clientId(),
                "connector.salesforce.client_secret=" + emulator.credentials().clientSecret(),
                "connector.salesforce.login_url=" + emulator.baseUrl(),
                "connector.salesforce.api_version=" + emulator.apiVersion(), ""));
        nodes.add(ServerProcess.serve(config, key.toBase64()));
        nodes.add(ServerProcess.serve(config, key.toBase64()));
    }

    @AfterAll
    void stop() throws Exception {
        for (ServerProcess node : nodes) {
            node.close();
        }
        if (emulator != null) {
            emulator.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void anExpiredConnectionCalledTwoHundredTimesOnBothNodesIsRefreshedOnceAndEveryCallSucceeds() throws Exception {
        control("DELETE", "/requests", null);

        List<HttpResponse<String>> answers = burst();

        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200));
        assertThat(tokenGrants("refresh_token")).isEqualTo(1);
        assertThat(connectionStatus()).isEqualTo("active");
    }

    @Test
    @Order(2)
    void aRevokedGrantIsTriedOncePerNodeAtMostAndMovesTheConnectionOnceWithOneEvent() throws Exception {
        control("POST", "/refresh-tokens/revoke", "{\"token\": \"" + storedRefreshToken() + "\"}");
        control("POST", "/sessions/expire", null);
        control("DELETE", "/requests", null);

        List<HttpResponse<String>> answers = burst();

        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409));
        assertThat(tokenGrants("refresh_token")).isBetween(1, nodes.size());
        assertThat(connectionStatus()).isEqualTo("needs_reauth");
        assertThat(countRows("SELECT count(*) FROM outbox_events WHERE connection_id = 'sf'"
                + " AND event_type = 'NEEDS_REAUTHORIZATION'")).isEqualTo(1);
    }

    @Test
    @Order(3)
    void whenTheNodeRefreshingDiesTheOtherNodeCompletesTheRefreshWithinSeconds() throws Exception {
        ConnectionRef byGrant = new ConnectionRef(CONNECTION.tenant(), new ConnectionId("sf-cc"));
        try (Crosswalk provisioning = Crosswalk.builder().database(database).deliverWebhooks(false).build()) {
            provisioning.provisioning().connectByGrant(Connection.builder(byGrant, "salesforce", emulator.baseUrl())
                    .settings(java.util.Map.of("grant", "client_credentials")).build());
        }
        control("POST", "/faults", "{\"kind\": \"latency\", \"latency_ms\": 20000, \"method\": \"POST\","
                + " \"path\": \"/services/oauth2/token\", \"times\": 1}");
        ServerProcess holder = nodes.get(0);
        ServerProcess survivor = nodes.get(1);
        CompletableFuture<HttpResponse<String>> cut = http.sendAsync(contacts(holder, "sf-cc"),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(1500); // the holder has taken the lock and waits for Salesforce's answer

        holder.kill();
        nodes.remove(holder);
        HttpResponse<String> completed = http.send(contacts(survivor, "sf-cc"), HttpResponse.BodyHandlers.ofString());

        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(200);
        assertThat(cut).failsWithin(Duration.ofSeconds(30));
        assertThat(tokenGrants("client_credentials")).isEqualTo(2);
    }

    private HttpRequest contacts(ServerProcess node, String connection) {
        return HttpRequest.newBuilder(URI.create(node.url() + "/unified/crm/contacts?connection_id=" + connection))
                .header("Authorization", "Bearer " + apiKey).timeout(Duration.ofSeconds(90)).build();
    }

    /** @return the answers to {@value #CALLS} calls sent at once, alternating between the nodes */
    private List<HttpResponse<String>> burst() {
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            calls.add(http.sendAsync(contacts(nodes.get(i % nodes.size()), "sf"), HttpResponse.BodyHandlers.ofString()));
        }
        return calls.stream().map(CompletableFuture::join).toList();
    }

    private int tokenGrants(String grantType) throws Exception {
        JsonNode counts = json.readTree(control("GET", "/requests", null).body());
        return counts.path("token_grants").path(grantType).asInt(0);
    }

    private String connectionStatus() throws Exception {
        HttpResponse<String> connection = http.send(HttpRequest.newBuilder(URI.create(nodes.get(0).url()
                + "/connections/sf")).header("Authorization", "Bearer " + apiKey).build(),
                HttpResponse.BodyHandlers.ofString());
        return json.readTree(connection.body()).get("status").asText();
    }

    private String storedRefreshToken() {
        try (CrosswalkDatabase opened = CrosswalkDatabase.open(database)) {
            return opened.tokens().load(CONNECTION).orElseThrow().refresh().orElseThrow().reveal();
        }
    }

    private long countRows(String sql) throws Exception {
        try (var connection = DriverManager.getConnection(postgres.url(), ThrowawayPostgres.USER, null);
                var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private HttpResponse<String> control(String method, String path, String body) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/__emulator"
                        + path)).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(method + " " + path + " -> " + answer.body()).isBetween(200, 299);
        return answer;
    }
}
