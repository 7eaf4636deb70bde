package dev.crosswalk.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
        provisioning.connect(Connection.builder(new ConnectionRef(other, new ConnectionId("other-sf")), "salesforce",
                        URI.create("http://127.0.0.1:9")).build(),
                OAuthTokens.builder(Instant.now()).refreshToken(Secret.of("other-refresh")).build());

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

    @Test
    void revokesTheKeyOfAnEarlierStartInTheSameDataFolder() throws Exception {
        String earlierKey = demo.apiKey().reveal();
        demo.close();
        demo = Demo.start(dataDirectory, "127.0.0.1", 0, 10);

        assertThat(get(demo.contactsUrl(), earlierKey).statusCode()).isEqualTo(401);
        assertThat(get(demo.contactsUrl(), demo.apiKey().reveal()).statusCode()).isEqualTo(200);
    }

    @Test
    void deletingTheSalesforceConnectionRevokesItsGrantAtTheEmulator() throws Exception {
        assertThat(get(demo.contactsUrl(), demo.apiKey().reveal()).statusCode()).isEqualTo(200);
        URI connection = URI.create(demo.url() + "/connections/" + Demo.CONNECTION.value());
        assertThat(ok(connection).get("status").asText()).isEqualTo("active");

        HttpResponse<String> deleted = send("DELETE", connection, "");

        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
        HttpResponse<String> introspected = http.send(HttpRequest.newBuilder(
                        URI.create(emulatorUrl() + "/services/oauth2/introspect"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + enc(demo.emulatorCredentials().refreshToken())
                        + "&client_id=" + enc(demo.emulatorCredentials().clientId())
                        + "&client_secret=" + enc(demo.emulatorCredentials().clientSecret())))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(json.readTree(introspected.body()).get("active").asBoolean()).as(introspected.body()).isFalse();
        assertProblem(get(demo.contactsUrl(), demo.apiKey().reveal()), 404);
        assertProblem(get(connection, demo.apiKey().reveal()), 404);
    }

    @Test
    void servesAccountsAndOpportunitiesWithTheirFiltersAndSingleRecords() throws Exception {
        JsonNode accounts = ok(demo.url("accounts", "page_size=5"));
        JsonNode account = accounts.get("results").get(0);
        assertThat(account.get("id").asText()).startsWith("001");
        assertThat(account.get("name").asText()).isNotBlank();

        JsonNode same = ok(demo.url("accounts/" + account.get("id").asText(), ""));
        assertThat(same.get("name")).isEqualTo(account.get("name"));

        JsonNode byName = ok(demo.url("accounts", "name=" + enc(account.get("name").asText())));
        assertThat(byName.get("results")).isNotEmpty()
                .allSatisfy(row -> assertThat(row.get("name")).isEqualTo(account.get("name")));

        JsonNode opportunities = ok(demo.url("opportunities", "page_size=200&fields=name,stage,amount,account"));
        JsonNode deal = opportunities.get("results").get(0);
        assertThat(deal.get("id").asText()).startsWith("006");
        assertThat(deal.get("stage").asText()).isNotBlank();
        assertThat(deal.get("account").get("id").asText()).startsWith("001");
        assertThat(deal.has("close_date")).isFalse();

        JsonNode won = ok(demo.url("opportunities", "stage=" + enc("Closed Won")));
        assertThat(won.get("results")).allSatisfy(row -> assertThat(row.get("stage").asText()).isEqualTo("Closed Won"));
    }

    @Test
    void servesContactsFilteredByEmailAndUpdatedTime() throws Exception {
        JsonNode first = ok(demo.url("contacts", "page_size=200")).get("results").get(0);
        String email = first.get("email_addresses").get(0).get("email").asText();

        JsonNode byEmail = ok(demo.url("contacts", "email=" + enc(email)));
        assertThat(byEmail.get("results")).extracting(row -> row.get("id").asText()).contains(first.get("id").asText());
        assertThat(ok(demo.url("contacts", "updated_after=2999-01-01T00:00:00Z")).get("results")).isEmpty();
        assertThat(ok(demo.url("contacts", "ids=" + first.get("id").asText())).get("results")).hasSize(1);
    }

    @Test
    void servesACustomObjectWithItsFieldsFiltersSingleRecordsAndDeletedOnes() throws Exception {
        JsonNode deals = ok(demo.url("objects/Deal_Registration__c",
                "fields=Name,Status__c,Amount__c,Account__r.Name&page_size=200"));
        JsonNode deal = deals.get("results").get(0);
        String id = deal.get("id").asText();
        assertThat(id).startsWith("a0X");
        assertThat(deal.get("fields").get("Account__r").get("Name").asText()).isNotBlank();

        String status = deal.get("fields").get("Status__c").asText();
        JsonNode byStatus = ok(demo.url("objects/Deal_Registration__c", "filter%5BStatus__c%5D=" + enc(status)));
        assertThat(byStatus.get("results")).allSatisfy(row ->
                assertThat(row.get("fields").get("Status__c").asText()).isEqualTo(status));

        assertThat(ok(demo.url("objects/Deal_Registration__c/" + id, "")).get("id").asText()).isEqualTo(id);

        deleteInTheEmulator("Deal_Registration__c", id);
        assertThat(get(demo.url("objects/Deal_Registration__c/" + id, ""), demo.apiKey().reveal()).statusCode())
                .isEqualTo(404);
        JsonNode withDeleted = ok(demo.url("objects/Deal_Registration__c", "include_deleted=true&ids=" + id));
        assertThat(withDeleted.get("results")).singleElement()
                .satisfies(row -> assertThat(row.get("deleted").asBoolean()).isTrue());
    }

    @Test
    void refusesAnUnknownFilterOrFieldNamingTheValidOnes() throws Exception {
        HttpResponse<String> badFilter = get(demo.url("contacts", "shoe_size=9"), demo.apiKey().reveal());
        assertProblem(badFilter, 400);
        assertThat(badFilter.body()).contains("shoe_size").contains("email");

        HttpResponse<String> badField = get(demo.url("objects/Deal_Registration__c", "fields=Colour__c"),
                demo.apiKey().reveal());
        assertProblem(badField, 400);
        assertThat(badField.body()).contains("Colour__c").contains("Status__c");
    }

    @Test
    void servesTheSchemaAndTheQuota() throws Exception {
        JsonNode objects = ok(demo.url("schema", ""));
        assertThat(objects.toString()).contains("Deal_Registration__c").contains("Contact");

        JsonNode contact = ok(demo.url("schema/Contact", ""));
        assertThat(contact.toString()).contains("LTV_Score__c").contains("Email");

        ok(demo.contactsUrl());
        JsonNode quota = ok(demo.url("quota", ""));
        assertThat(quota.get("used").asLong()).isPositive();
        assertThat(quota.get("limit").asLong()).isGreaterThan(quota.get("used").asLong());
    }

    @Test
    void anOverrideSetThroughTheApiChangesTheNextResponseAndABadOneIsRefusedListingEveryProblem() throws Exception {
        HttpResponse<String> refused = send("PUT", demo.url("mappings/contact", ""),
                "response:\n  title: Job_Title__c\n  created_at: Email\n");
        assertProblem(refused, 422);
        assertThat(json.readTree(refused.body()).get("problems")).hasSize(2);

        HttpResponse<String> accepted = send("PUT", demo.url("mappings/contact", ""),
                "response:\n  title: Preferred_Channel__c\n  lifetime_value: LTV_Score__c\n");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);

        JsonNode contact = ok(demo.url("contacts", "page_size=200")).get("results").get(0);
        assertThat(contact.has("lifetime_value")).isTrue();
        assertThat(contact.get("title").asText()).isIn("Email", "Phone", "SMS", "Mail");
        assertThat(contact.get("custom_fields").has("Preferred_Channel__c"))
                .as("a field the mapping reads is no longer a custom field").isFalse();
    }

    @Test
    void servesHubSpotThroughTheSameUnifiedRoutesPagingToTheEnd() throws Exception {
        Map<String, Integer> seeded = Map.of("contacts", 450, "accounts", 45, "opportunities", 90);
        for (Map.Entry<String, Integer> route : seeded.entrySet()) {
            List<JsonNode> all = new ArrayList<>();
            String cursor = null;
            do {
                JsonNode page = ok(URI.create(demo.url(route.getKey(), "page_size=40").toString()
                        .replace(Demo.CONNECTION.value(), Demo.HUBSPOT_CONNECTION.value())
                        + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8))));
                page.get("results").forEach(all::add);
                cursor = page.path("next_cursor").isTextual() ? page.get("next_cursor").asText() : null;
            } while (cursor != null);

            assertThat(all).as(route.getKey()).hasSize(route.getValue());
            assertThat(all.stream().map(record -> record.get("id").asText()).distinct()).hasSize(route.getValue());
            assertThat(all.get(0).get("custom_fields").fieldNames()).toIterable().isNotEmpty()
                    .allSatisfy(name -> assertThat(name).startsWith("customer_"));
        }
        JsonNode deal = ok(URI.create(demo.url("opportunities", "page_size=5").toString()
                .replace(Demo.CONNECTION.value(), Demo.HUBSPOT_CONNECTION.value()))).get("results").get(0);
        assertThat(deal.path("account").path("id").asText()).isNotBlank();
    }

    private JsonNode ok(URI url) throws IOException, InterruptedException {
        HttpResponse<String> response = get(url, demo.apiKey().reveal());
        assertThat(response.statusCode()).as(url + " -> " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private JsonNode ok(String url) throws IOException, InterruptedException {
        return ok(URI.create(url));
    }

    private HttpResponse<String> send(String method, URI url, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url).header("Authorization", "Bearer " + demo.apiKey().reveal())
                .header("Content-Type", "application/yaml")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private void deleteInTheEmulator(String object, String id) throws IOException, InterruptedException {
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(emulatorUrl() + "/services/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&client_id="
                        + enc(demo.emulatorCredentials().clientId()) + "&client_secret="
                        + enc(demo.emulatorCredentials().clientSecret()) + "&refresh_token="
                        + enc(demo.emulatorCredentials().refreshToken())))
                .build(), HttpResponse.BodyHandlers.ofString());
        String accessToken = json.readTree(token.body()).get("access_token").asText();
        HttpResponse<String> deleted = http.send(HttpRequest.newBuilder(URI.create(emulatorUrl()
                        + "/services/data/v62.0/sobjects/" + object + "/" + id))
                .header("Authorization", "Bearer " + accessToken).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(deleted.statusCode()).isEqualTo(204);
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
