package dev.crosswalk.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionStatus;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.port.in.ProvisionTenantUseCase;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command, in process: demo mode serves the emulator's contacts through the whole stack
 * (HTTP adapter, core, ServiceLoader-found Salesforce connector, emulator, H2 file database).
 */
class DemoTest {

    @TempDir
    Path dataDirectory;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private Demo demo;

    @BeforeEach
    void start() {
        demo = Demo.start(dataDirectory, "127.0.0.1", 0, 450);
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    @Test
    void servesContactsWithCustomFieldsAndAWorkingNextPageCursor() throws Exception {
        HttpResponse<String> first = get(demo.contactsUrl(), demo.apiKey().reveal());

        assertThat(first.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(first.body());
        assertThat(body.get("results")).hasSize(200);
        JsonNode contact = body.get("results").get(0);
        assertThat(contact.get("id").asText()).startsWith("003");
        assertThat(contact.get("custom_fields").get("LTV_Score__c")).isNotNull();
        assertThat(contact.get("custom_fields").size()).isGreaterThanOrEqualTo(3);
        assertThat(contact.get("email_addresses").isArray()).isTrue();
        Set<String> ids = new HashSet<>();
        body.get("results").forEach(row -> ids.add(row.get("id").asText()));

        String cursor = body.get("next_cursor").asText();
        HttpResponse<String> second = get(URI.create(demo.contactsUrl() + "&cursor="
                + URLEncoder.encode(cursor, StandardCharsets.UTF_8)), demo.apiKey().reveal());

        assertThat(second.statusCode()).isEqualTo(200);
        JsonNode next = json.readTree(second.body());
        assertThat(next.get("results")).hasSize(200);
        next.get("results").forEach(row -> assertThat(ids.add(row.get("id").asText())).isTrue());
    }

    @Test
    void answersConflictOnceTheCustomerRevokedTheGrantAndKeepsAnsweringSo() throws Exception {
        HttpResponse<String> revoked = http.send(HttpRequest.newBuilder(URI.create(
                        emulatorUrl() + "/services/oauth2/revoke"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token="
                        + URLEncoder.encode(demo.emulatorCredentials().refreshToken(), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(revoked.statusCode()).isEqualTo(200);

        assertProblem(get(demo.contactsUrl(), demo.apiKey().reveal()), 409);
        assertProblem(get(demo.contactsUrl(), demo.apiKey().reveal()), 409);
    }

    @Test
    void printsACurlThatNamesTheKeyAndTheContactsUrl() {
        assertThat(demo.curl()).contains("Authorization: Bearer " + demo.apiKey().reveal())
                .contains(demo.contactsUrl().toString());
    }

    @Test
    void refusesARequestWithoutAValidApiKey() throws Exception {
        assertProblem(get(demo.contactsUrl(), null), 401);
        assertProblem(get(demo.contactsUrl(), "cwk_not-a-key"), 401);
    }

    @Test
    void answersNotFoundForAnotherTenantsConnection() throws Exception {
        ProvisionTenantUseCase provisioning = demo.service(ProvisionTenantUseCase.class);
        TenantId other = new TenantId("other");
        Secret otherKey = provisioning.issueApiKey(other, "Other tenant");
        provisioning.connect(new Connection(new ConnectionId("other-sf"), other, "salesforce",
                        URI.create("http://127.0.0.1:9"), ConnectionStatus.ACTIVE, Map.of()),
                new OAuthTokens(null, Secret.of("other-refresh"), Instant.now(), null));

        assertProblem(get(demo.contactsUrl(), otherKey.reveal()), 404);
        assertProblem(get(URI.create(demo.url() + "/unified/crm/contacts?connection_id=other-sf"),
                demo.apiKey().reveal()), 404);
    }

    @Test
    void keepsNeitherTokensNorApiKeysInClearInTheDataFolder() throws Exception {
        get(demo.contactsUrl(), demo.apiKey().reveal());
        String refreshToken = demo.emulatorCredentials().refreshToken();
        String apiKey = demo.apiKey().reveal();
        demo.close();
        demo = Demo.start(dataDirectory, "127.0.0.1", 0, 10);

        assertThat(Files.readString(dataDirectory.resolve("token.key")).trim()).isNotEmpty();
        try (var files = Files.walk(dataDirectory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
                        .as(file.toString())
                        .doesNotContain(apiKey)
                        .doesNotContain(refreshToken);
            }
        }
    }

    private String emulatorUrl() {
        return demo.emulatorBaseUrl().toString();
    }

    private HttpResponse<String> get(URI uri, String apiKey) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        if (apiKey != null) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void assertProblem(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json.readTree(response.body()).get("status").asInt()).isEqualTo(status);
    }
}
