package dev.crosswalk.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.core.application.ListContactsService;
import dev.crosswalk.core.domain.AccountRef;
import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.ConnectionStatus;
import dev.crosswalk.core.domain.Contact;
import dev.crosswalk.core.domain.EmailAddress;
import dev.crosswalk.core.domain.Page;
import dev.crosswalk.core.domain.PageToken;
import dev.crosswalk.core.domain.PhoneNumber;
import dev.crosswalk.core.domain.PhoneType;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.port.out.ConnectionStore;
import dev.crosswalk.core.port.out.ContactsPort;
import dev.crosswalk.core.port.out.CrmFailure;
import dev.crosswalk.core.port.out.CrmPorts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Drives the unified API over real HTTP, with core's real list-contacts service behind it and a fake connector. */
class UnifiedApiServerTest {

    private static final TenantId ACME = new TenantId("acme");
    private static final TenantId GLOBEX = new TenantId("globex");
    private static final String ACME_KEY = "cwk_acme-key";
    private static final String GLOBEX_KEY = "cwk_globex-key";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicReference<RuntimeException> connectorFailure = new AtomicReference<>();
    private UnifiedApiServer server;

    @BeforeEach
    void start() {
        Map<ConnectionRef, Connection> connections = Map.of(
                new ConnectionRef(ACME, new ConnectionId("sf-prod")), connection(ACME, "sf-prod"),
                new ConnectionRef(GLOBEX, new ConnectionId("other-sf")), connection(GLOBEX, "other-sf"));
        ConnectionStore store = new ConnectionStore() {
            @Override
            public Optional<Connection> find(ConnectionRef ref) {
                return Optional.ofNullable(connections.get(ref));
            }

            @Override
            public List<Connection> list(TenantId tenant) {
                return connections.values().stream().filter(c -> c.tenant().equals(tenant)).toList();
            }

            @Override
            public void save(Connection connection) {
                throw new UnsupportedOperationException("read-only fixture");
            }
        };
        ContactsPort contacts = (connection, page) -> {
            RuntimeException failure = connectorFailure.get();
            if (failure != null) {
                throw failure;
            }
            if (page.after().isEmpty()) {
                return new Page<>(List.of(contact("003A")), Optional.of(new PageToken("/locator-2")));
            }
            if (!page.after().get().value().equals("/locator-2")) {
                throw new CrmFailure.InvalidPageToken("not ours");
            }
            return Page.last(List.of(contact("003B")));
        };
        CrmPorts salesforce = new CrmPorts() {
            @Override
            public Optional<ContactsPort> contacts() {
                return Optional.of(contacts);
            }
        };
        server = new UnifiedApiServer(
                key -> key == null ? Optional.empty() : Optional.ofNullable(Map.of(ACME_KEY, ACME, GLOBEX_KEY, GLOBEX).get(key)),
                new ListContactsService(store, kind -> kind.equals("salesforce") ? Optional.of(salesforce) : Optional.empty(),
                        (connection, reason) -> { }, Secret.of("test-cursor-key")))
                .start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void answersHealthWithoutAnApiKey() throws Exception {
        HttpResponse<String> response = get("/health", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("status").asText()).isEqualTo("up");
    }

    @Test
    void refusesARequestWithoutAnApiKey() throws Exception {
        HttpResponse<String> response = get("/unified/crm/contacts?connection_id=sf-prod", null);

        assertProblem(response, 401, "unauthenticated");
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
    }

    @Test
    void refusesAnUnknownApiKey() throws Exception {
        assertProblem(get("/unified/crm/contacts?connection_id=sf-prod", "cwk_guess"), 401, "unauthenticated");
    }

    @Test
    void answersNotFoundForAnotherTenantsConnection() throws Exception {
        HttpResponse<String> response = get("/unified/crm/contacts?connection_id=other-sf", ACME_KEY);

        assertProblem(response, 404, "connection-not-found");
        assertThat(response.body()).doesNotContain("globex");
    }

    @Test
    void servesUnifiedContactsWithCustomFieldsAndACursor() throws Exception {
        HttpResponse<String> response = get("/unified/crm/contacts?connection_id=sf-prod", ACME_KEY);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode body = json.readTree(response.body());
        JsonNode contact = body.get("results").get(0);
        assertThat(contact.get("id").asText()).isEqualTo("003A");
        assertThat(contact.get("first_name").asText()).isEqualTo("Ada");
        assertThat(contact.get("account").get("id").asText()).isEqualTo("001X");
        assertThat(contact.get("email_addresses").get(0).get("email").asText()).isEqualTo("ada@example.com");
        assertThat(contact.get("phone_numbers").get(0).get("type").asText()).isEqualTo("mobile");
        assertThat(contact.get("created_at").asText()).isEqualTo("2024-01-02T03:04:05Z");
        assertThat(contact.get("custom_fields").get("LTV_Score__c").asInt()).isEqualTo(42);
        assertThat(body.get("next_cursor").asText()).isNotBlank().doesNotContain("locator");
    }

    @Test
    void followsTheCursorToTheLastPage() throws Exception {
        String cursor = json.readTree(get("/unified/crm/contacts?connection_id=sf-prod", ACME_KEY).body())
                .get("next_cursor").asText();

        JsonNode second = json.readTree(get("/unified/crm/contacts?connection_id=sf-prod&cursor=" + cursor, ACME_KEY).body());

        assertThat(second.get("results").get(0).get("id").asText()).isEqualTo("003B");
        assertThat(second.get("next_cursor").isNull()).isTrue();
    }

    @Test
    void refusesACursorIssuedForAnotherConnection() throws Exception {
        String cursor = json.readTree(get("/unified/crm/contacts?connection_id=sf-prod", ACME_KEY).body())
                .get("next_cursor").asText();

        HttpResponse<String> response = get("/unified/crm/contacts?connection_id=other-sf&cursor=" + cursor, GLOBEX_KEY);

        assertProblem(response, 400, "invalid-cursor");
    }

    @Test
    void refusesAForgedCursor() throws Exception {
        String genuine = json.readTree(get("/unified/crm/contacts?connection_id=sf-prod", ACME_KEY).body())
                .get("next_cursor").asText();
        String payload = genuine.substring(0, genuine.lastIndexOf('.'));
        String plain = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                plain.replace("/locator-2", "/services/data/evil").getBytes(StandardCharsets.UTF_8))
                + genuine.substring(genuine.lastIndexOf('.'));

        assertProblem(get("/unified/crm/contacts?connection_id=sf-prod&cursor=" + forged, ACME_KEY), 400, "invalid-cursor");
        assertProblem(get("/unified/crm/contacts?connection_id=sf-prod&cursor=%25%25%25", ACME_KEY), 400, "invalid-cursor");
    }

    @Test
    void refusesBadQueryParametersWithAClearProblem() throws Exception {
        assertProblem(get("/unified/crm/contacts", ACME_KEY), 400, "invalid-request");
        assertProblem(get("/unified/crm/contacts?connection_id=a%20b", ACME_KEY), 400, "invalid-request");
        assertProblem(get("/unified/crm/contacts?connection_id=sf-prod&page_size=0", ACME_KEY), 400, "invalid-request");
        assertProblem(get("/unified/crm/contacts?connection_id=sf-prod&page_size=2001", ACME_KEY), 400, "invalid-request");
        assertProblem(get("/unified/crm/contacts?connection_id=sf-prod&page_size=ten", ACME_KEY), 400, "invalid-request");
    }

    @Test
    void answersUnknownRoutesWithAProblem() throws Exception {
        assertProblem(get("/unified/crm/nothing-here", ACME_KEY), 404, "no-such-route");
        assertProblem(get("/admin", ACME_KEY), 404, "no-such-route");
    }

    @Test
    void asksForAnApiKeyOnEveryPathButHealth() throws Exception {
        assertProblem(get("/admin", null), 401, "unauthenticated");
        assertProblem(get("/unified/crm/nothing-here", null), 401, "unauthenticated");
    }

    @Test
    void passesACrmRateLimitOnWithRetryAfter() throws Exception {
        connectorFailure.set(new CrmFailure.RateLimited("TotalRequests Limit exceeded.", "REQUEST_LIMIT_EXCEEDED",
                Duration.ofSeconds(30)));

        HttpResponse<String> response = get("/unified/crm/contacts?connection_id=sf-prod", ACME_KEY);

        assertProblem(response, 429, "crm-rate-limited");
        assertThat(response.headers().firstValue("Retry-After")).contains("30");
        assertThat(json.readTree(response.body()).get("provider_code").asText()).isEqualTo("REQUEST_LIMIT_EXCEEDED");
    }

    static Stream<Arguments> otherCrmFailures() {
        return Stream.of(
                Arguments.of(new CrmFailure.Transient("Salesforce answered 503", "SERVER_UNAVAILABLE", null), 503,
                        "crm-unavailable"),
                Arguments.of(new CrmFailure.Unauthorized("Session expired or invalid", "INVALID_SESSION_ID"), 502,
                        "crm-unauthorized"),
                Arguments.of(new CrmFailure.Rejected("No such column 'Foo__c' on entity 'Contact'", "INVALID_FIELD"), 502,
                        "crm-rejected"),
                Arguments.of(new CrmFailure.NotFound("The requested resource does not exist", "NOT_FOUND"), 404,
                        "crm-not-found"));
    }

    @ParameterizedTest
    @MethodSource("otherCrmFailures")
    void answersEveryOtherCrmFailureWithItsOwnProblemAndTheProvidersCode(CrmFailure failure, int status, String type)
            throws Exception {
        connectorFailure.set(failure);

        HttpResponse<String> response = get("/unified/crm/contacts?connection_id=sf-prod", ACME_KEY);

        assertProblem(response, status, type);
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("detail").asText()).isEqualTo(failure.getMessage());
        assertThat(problem.get("provider_code").asText()).isEqualTo(failure.providerCode().orElseThrow());
    }

    @Test
    void hidesTheCauseOfAnUnexpectedFailure() throws Exception {
        connectorFailure.set(new IllegalStateException("secret internals"));

        HttpResponse<String> response = get("/unified/crm/contacts?connection_id=sf-prod", ACME_KEY);

        assertProblem(response, 500, "internal-error");
        assertThat(response.body()).doesNotContain("secret internals").doesNotContain("IllegalStateException");
    }

    private HttpResponse<String> get(String path, String apiKey) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (apiKey != null) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void assertProblem(HttpResponse<String> response, int status, String type) throws IOException {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                contentType -> assertThat(contentType).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("type").asText()).isEqualTo("urn:crosswalk:problem:" + type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).isNotBlank();
    }

    private static Connection connection(TenantId tenant, String id) {
        return new Connection(new ConnectionId(id), tenant, "salesforce", URI.create("http://127.0.0.1:1"),
                ConnectionStatus.ACTIVE, Map.of());
    }

    private static Contact contact(String id) {
        return new Contact(id, "Ada", "Lovelace", "Ada Lovelace", "Analyst", new AccountRef("001X"),
                List.of(new EmailAddress("ada@example.com")), List.of(new PhoneNumber("+1 555 0100", PhoneType.MOBILE)),
                Instant.parse("2024-01-02T03:04:05Z"), Instant.parse("2024-02-03T04:05:06Z"),
                Map.of("LTV_Score__c", 42));
    }
}
