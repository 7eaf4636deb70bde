package dev.crosswalk.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.adapters.persistence.DatabaseSettings;
import dev.crosswalk.adapters.persistence.TokenEncryptionKey;
import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.port.in.ProvisionTenantUseCase;
import dev.crosswalk.core.toolkit.webhook.WebhookSignatures;
import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A connection event delivered to a tenant's webhook over real HTTP by the bundled server: signed, retried while the
 * endpoint fails, and (with two nodes) delivered by the node left when the other one stops.
 */
abstract class WebhookDeliveryContract {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    static final TokenEncryptionKey KEY = TokenEncryptionKey.generate();
    private static final int DAILY_ALLOWANCE = 20;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final List<CrosswalkServer> nodes = new ArrayList<>();
    private SalesforceEmulator emulator;
    private WebhookReceiver receiver;
    private String apiKey;

    /** @return the database every node of the test shares */
    abstract DatabaseSettings database();

    void dropDatabase() {
    }

    @BeforeEach
    void start() throws Exception {
        emulator = SalesforceEmulator.builder().seed(4).accounts(1).contacts(3).controlApi(true)
                .dailyApiRequests(DAILY_ALLOWANCE).start();
        receiver = new WebhookReceiver(503);
        CrosswalkServer first = startNode();
        apiKey = first.service(ProvisionTenantUseCase.class).issueApiKey(new TenantId("acme"), "Acme").reveal();
        first.service(ProvisionTenantUseCase.class).connect(
                Connection.builder(new ConnectionRef(new TenantId("acme"), new ConnectionId("sf")), "salesforce",
                        emulator.baseUrl()).build(),
                OAuthTokens.builder(Instant.now()).refreshToken(Secret.of(emulator.credentials().refreshToken()))
                        .build());
    }

    CrosswalkServer startNode() {
        CrosswalkServer node = CrosswalkServer.start(new ServerSettings("127.0.0.1", 0, database(),
                Map.of("salesforce", Map.of("client_id", emulator.credentials().clientId(),
                        "client_secret", emulator.credentials().clientSecret(),
                        "login_url", emulator.baseUrl().toString(), "api_version", emulator.apiVersion())),
                null, List.of(), Duration.ofSeconds(1), ServerSettings.DEFAULT_QUOTA_ALERT, true)); // the receiver is local
        nodes.add(node);
        return node;
    }

    @AfterEach
    void stop() {
        nodes.forEach(CrosswalkServer::close);
        receiver.close();
        emulator.close();
        dropDatabase();
    }

    @Test
    void aConnectionThatNeedsTheCustomerIsReportedSignedAndRetriedUntilTheEndpointRecovers() throws Exception {
        CrosswalkServer node = nodes.get(0);
        JsonNode endpoint = json.readTree(send(node, "POST", "/webhooks",
                "{\"url\": \"" + receiver.url() + "\"}").body());
        Secret secret = Secret.of(endpoint.get("signing_secret").asText());

        revokeTheGrantAndCallUntilTheConnectionNeedsTheCustomer(node);
        receiver.await(request -> request.answered() == 503, PATIENCE);
        receiver.answer(200);
        WebhookReceiver.Received delivered = receiver.await(request -> request.answered() == 200, PATIENCE);

        assertThat(WebhookSignatures.verify(secret, delivered.headers().get("Crosswalk-Timestamp"),
                delivered.headers().get("Crosswalk-Signature"), delivered.body(), Instant.now())).isTrue();
        JsonNode event = json.readTree(delivered.body());
        assertThat(event.get("type").asText()).isEqualTo("connection.needs_reauthorization");
        assertThat(event.get("connection_id").asText()).isEqualTo("sf");
        assertThat(event.get("detail").asText()).contains("invalid_grant");
        assertThat(receiver.received()).extracting(request -> request.headers().get("Crosswalk-Event-Id"))
                .containsOnly(event.get("id").asText());
        JsonNode log = json.readTree(send(node, "GET", "/webhooks/" + endpoint.get("id").asText() + "/deliveries",
                null).body()).get("results");
        assertThat(log).hasSize(1);
        assertThat(log.get(0).get("status").asText()).isEqualTo("delivered");
        assertThat(log.get(0).get("attempts").asInt()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aConnectionNearingItsDailyAllowanceIsReportedOnce() throws Exception {
        CrosswalkServer node = nodes.get(0);
        receiver.answer(200);
        send(node, "POST", "/webhooks", "{\"url\": \"" + receiver.url() + "\"}");

        for (int call = 0; call < DAILY_ALLOWANCE - 2; call++) {
            send(node, "GET", "/unified/crm/quota?connection_id=sf", null);
            send(node, "GET", "/unified/crm/objects/Account?connection_id=sf", null);
        }

        WebhookReceiver.Received alert = receiver.await(request -> new String(request.body())
                .contains("connection.quota_alert"), PATIENCE);
        assertThat(json.readTree(alert.body()).get("detail").asText()).contains("of its 20 API calls");
        Thread.sleep(2000); // a second alert would have been delivered by now
        assertThat(receiver.received()).filteredOn(request -> new String(request.body())
                .contains("connection.quota_alert")).hasSize(1);
    }

    /** A call finds no access token, the refresh is refused for good: 409, and the event goes to the outbox. */
    void revokeTheGrantAndCallUntilTheConnectionNeedsTheCustomer(CrosswalkServer node) throws Exception {
        HttpResponse<String> revoked = http.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl()
                        + "/__emulator/refresh-tokens/revoke")).POST(HttpRequest.BodyPublishers.ofString(
                        "{\"token\": \"" + emulator.credentials().refreshToken() + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(revoked.statusCode()).isEqualTo(204);
        HttpResponse<String> refused = send(node, "GET", "/unified/crm/contacts?connection_id=sf", null);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
    }

    HttpResponse<String> send(CrosswalkServer node, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url() + path))
                .header("Authorization", "Bearer " + apiKey)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    WebhookReceiver receiver() {
        return receiver;
    }

    List<CrosswalkServer> nodes() {
        return nodes;
    }

    static Duration patience() {
        return PATIENCE;
    }
}
