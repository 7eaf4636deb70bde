package dev.crosswalk.connector.hubspot.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.conformance.ConnectorFixture;
import dev.crosswalk.connector.hubspot.HubSpotPlugin;
import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.QuotaUsage;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.emulator.hubspot.HubSpotCredentials;
import dev.crosswalk.emulator.hubspot.HubSpotEmulator;
import dev.crosswalk.emulator.hubspot.HubSpotFault;
import dev.crosswalk.spi.ConnectorFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The conformance kit's view of an in-process HubSpot emulator: an OAuth connection to its first portal (the app
 * installation's refresh token), and the emulator's records read with the portal's private-app token over its own
 * API (a separate rate-limit window from the connection's, so reading never disturbs what the quota contract counts).
 * One company is archived at start.
 */
final class HubSpotFixture implements ConnectorFixture {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROPERTIES = "firstname,email,customer_tier,customer_health_score";

    private final HubSpotEmulator emulator;
    private final HubSpotCredentials credentials;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String archivedCompany;

    HubSpotFixture() {
        emulator = HubSpotEmulator.builder().port(0).seed(21).companies(20).contacts(150).deals(30)
                .searchesPerSecond(10_000).burstLimit(100_000).start();
        credentials = emulator.credentials();
        archivedCompany = records("companies").keySet().iterator().next();
        send(HttpRequest.newBuilder(uri("/crm/v3/objects/companies/" + archivedCompany)).DELETE(), 204);
    }

    @Override
    public ConnectorFactory factory() {
        return new HubSpotPlugin().connectorFactory();
    }

    @Override
    public Map<String, String> config() {
        return Map.of("client_id", credentials.clientId(), "client_secret", credentials.clientSecret(),
                "api_url", emulator.baseUrl().toString(), "search_requests_per_second", "1000");
    }

    @Override
    public Connection connection(ConnectionRef ref) {
        return Connection.builder(ref, factory().kind(), emulator.baseUrl()).build();
    }

    @Override
    public OAuthTokens tokens(Instant now) {
        return OAuthTokens.builder(now).refreshToken(Secret.of(credentials.refreshToken())).build();
    }

    @Override
    public String objectOf(UnifiedObject unified) {
        return switch (unified) {
            case CONTACT -> "contacts";
            case ACCOUNT -> "companies";
            case OPPORTUNITY -> "deals";
        };
    }

    @Override
    public Set<String> ids(String object) {
        return records(object).keySet();
    }

    @Override
    public KnownRecord knownRecord() {
        Map.Entry<String, JsonNode> contact = records("contacts").entrySet().iterator().next();
        return new KnownRecord(new RecordRef("contacts", contact.getKey()), Map.of(
                "firstname", contact.getValue().path("firstname").asText(),
                "email", contact.getValue().path("email").asText()));
    }

    @Override
    public String absentId(String object) {
        return "987654321";
    }

    @Override
    public KnownField customField() {
        Map.Entry<String, JsonNode> contact = records("contacts").entrySet().iterator().next();
        return new KnownField(new RecordRef("contacts", contact.getKey()), "customer_tier",
                contact.getValue().path("customer_tier").asText());
    }

    @Override
    public FilterCase textFilter() {
        Map<String, Object> tiers = new LinkedHashMap<>();
        records("contacts").forEach((id, properties) -> tiers.put(id, properties.path("customer_tier").asText()));
        return new FilterCase("contacts", "customer_tier", tiers.values().iterator().next(), tiers);
    }

    @Override
    public FilterCase numberFilter() {
        Map<String, Object> scores = new LinkedHashMap<>();
        records("companies").forEach((id, properties) ->
                scores.put(id, new BigDecimal(properties.path("customer_health_score").asText())));
        return new FilterCase("companies", "customer_health_score", 50L, scores);
    }

    @Override
    public RecordRef deletedRecord() {
        return new RecordRef("companies", archivedCompany);
    }

    @Override
    public void expireAccessTokens() {
        emulator.expireAccessTokens();
    }

    @Override
    public void revokeGrant() {
        emulator.revokeRefreshToken(credentials.refreshToken());
    }

    @Override
    public void failCalls(ProviderFault fault, int calls) {
        HubSpotFault planned = switch (fault) {
            case RATE_LIMITED -> HubSpotFault.rateLimitSpent();
            case SERVER_ERROR -> HubSpotFault.status(503);
            case UNAUTHORIZED -> HubSpotFault.status(401);
            case BAD_REQUEST -> HubSpotFault.status(400);
        };
        emulator.faults().add(planned.onRoute(null, "/crm/.*").times(calls));
    }

    @Override
    public Optional<Duration> rateLimitRetryAfter() {
        return Optional.of(Duration.ofSeconds(1)); // the emulator's injected 429 asks for one second
    }

    @Override
    public QuotaUsage quotaUsage() {
        return QuotaUsage.of(emulator.burstUsed(credentials.hubId(), false), emulator.burstLimit(), Instant.now())
                .withWindow(Duration.ofSeconds(10));
    }

    @Override
    public void close() {
        http.close();
        emulator.close();
    }

    /** Every record of {@code object} that is not archived, by id, with its properties, read page by page. */
    private Map<String, JsonNode> records(String object) {
        Map<String, JsonNode> records = new LinkedHashMap<>();
        String after = "";
        do {
            JsonNode page = send(HttpRequest.newBuilder(uri("/crm/v3/objects/" + object + "?limit=100&properties="
                    + PROPERTIES + (after.isEmpty() ? "" : "&after=" + after))), 200);
            page.path("results").forEach(record -> records.put(record.path("id").asText(), record.path("properties")));
            after = page.path("paging").path("next").path("after").asText("");
        } while (!after.isEmpty());
        return records;
    }

    private URI uri(String pathAndQuery) {
        return URI.create(emulator.baseUrl() + pathAndQuery);
    }

    private JsonNode send(HttpRequest.Builder request, int expectedStatus) {
        try {
            HttpResponse<String> response = http.send(request
                    .header("Authorization", "Bearer " + credentials.privateAppToken()).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expectedStatus) {
                throw new IllegalStateException("the HubSpot emulator answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the HubSpot emulator", interrupted);
        }
    }
}
