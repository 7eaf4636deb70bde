package dev.crosswalk.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.adapters.persistence.DatabaseSettings;
import dev.crosswalk.adapters.persistence.TokenEncryptionKey;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.port.in.ProvisionTenantUseCase;
import dev.crosswalk.emulator.hubspot.HubSpotEmulator;
import dev.crosswalk.testkit.salesforce.ConsentBrowser;
import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every way of connecting an org, end to end over real HTTP: the bundled server (on the database a subclass names),
 * the Salesforce and HubSpot connectors and their emulators. The customer's authorisation goes through the emulator's
 * consent page, played by a {@link ConsentBrowser} (Salesforce) or by choosing the first portal on HubSpot's; JWT bearer
 * and client credentials through {@code PUT /connections/{id}}; the same with the customer's own Connected App (a
 * second app in the Salesforce emulator's org); and a deletion revokes the grant at the emulator.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConnectFlowsContract {

    private static final String RETURN_URL = "https://app.example/crm/connected";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final ObjectMapper json = new ObjectMapper();
    private final ConsentBrowser browser = new ConsentBrowser();
    private SalesforceEmulator emulator;
    private HubSpotEmulator hubspot;
    private CrosswalkServer server;
    private String apiKey;

    /** @return the database the server runs on, with this key */
    abstract DatabaseSettings database(TokenEncryptionKey key);

    /** Drops what {@link #database} created. */
    void dropDatabase() {
    }

    @BeforeAll
    void start() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair appKey = generator.generateKeyPair();
        emulator = SalesforceEmulator.builder().seed(3).accounts(2).contacts(12).jwtPublicKey(appKey.getPublic())
                .customerConnectedApp(null).start();
        int port = freePort(); // HubSpot's app registers the callback, so the server's port is chosen first
        hubspot = HubSpotEmulator.builder().port(0).seed(4).companies(3).contacts(9).deals(4)
                .redirectUri("http://127.0.0.1:" + port + "/oauth/callback").start();
        server = CrosswalkServer.start(new ServerSettings("127.0.0.1", port, database(TokenEncryptionKey.generate()),
                Map.of("salesforce", Map.of("client_id", emulator.credentials().clientId(),
                        "client_secret", emulator.credentials().clientSecret(),
                        "login_url", emulator.baseUrl().toString(), "api_version", emulator.apiVersion(),
                        "jwt_private_key", "-----BEGIN PRIVATE KEY-----\n"
                                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(
                                        appKey.getPrivate().getEncoded())
                                + "\n-----END PRIVATE KEY-----\n"),
                        "hubspot", Map.of("client_id", hubspot.credentials().clientId(),
                                "client_secret", hubspot.credentials().clientSecret(),
                                "api_url", hubspot.baseUrl().toString(),
                                "authorize_url", hubspot.baseUrl() + "/oauth/authorize")),
                null, List.of(URI.create(RETURN_URL)), ServerSettings.DEFAULT_WEBHOOK_RETRY,
                ServerSettings.DEFAULT_QUOTA_ALERT, false));
        apiKey = server.service(ProvisionTenantUseCase.class).issueApiKey(new TenantId("acme"), "Acme").reveal();
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
        if (emulator != null) {
            emulator.close();
        }
        if (hubspot != null) {
            hubspot.close();
        }
        dropDatabase();
    }

    @Test
    void theCustomerAllowsAccessAndTheStoredConnectionServesContacts() throws Exception {
        URI authorizeUrl = authorize("sf-oauth", "{\"connector\": \"salesforce\", \"return_url\": \"" + RETURN_URL
                + "\"}");
        assertThat(authorizeUrl.toString()).startsWith(emulator.baseUrl() + "/services/oauth2/authorize?");

        URI callback = browser.allow(authorizeUrl);
        assertThat(callback.toString()).startsWith(server.url() + "/oauth/callback?code=");
        HttpResponse<String> back = send("GET", callback, null, null);

        assertThat(back.statusCode()).as(back.body()).isEqualTo(303);
        assertThat(back.headers().firstValue("Location"))
                .contains(RETURN_URL + "?connection_id=sf-oauth&status=connected");
        JsonNode contacts = ok(send("GET", URI.create(server.url() + "/unified/crm/contacts?connection_id=sf-oauth"),
                apiKey, null));
        assertThat(contacts.get("results")).hasSize(12);
        JsonNode connection = ok(send("GET", URI.create(server.url() + "/connections/sf-oauth"), apiKey, null));
        assertThat(connection.get("status").asText()).isEqualTo("active");
        assertThat(connection.get("instance_url").asText()).isEqualTo(emulator.baseUrl().toString());
        assertThat(connection.get("tokens").get("refreshable").asBoolean()).isTrue();
        assertThat(connection.get("identity").get("account_id").asText())
                .isEqualTo(emulator.credentials().organizationId());
        assertThat(connection.get("scopes").toString()).contains("\"api\"");

        HttpResponse<String> replayed = send("GET", callback, null, null);
        assertThat(replayed.statusCode()).isEqualTo(400);
        assertThat(json.readTree(replayed.body()).get("type").asText()).endsWith("authorization-unknown");
    }

    @Test
    void aCustomerWhoDeniesAccessIsSentBackWithTheErrorAndNothingIsStored() throws Exception {
        URI callback = browser.deny(authorize("sf-denied", "{\"connector\": \"salesforce\", \"return_url\": \""
                + RETURN_URL + "\"}"));

        HttpResponse<String> back = send("GET", callback, null, null);

        assertThat(back.statusCode()).isEqualTo(303);
        assertThat(back.headers().firstValue("Location").orElseThrow())
                .startsWith(RETURN_URL + "?connection_id=sf-denied&error=access_denied");
        assertThat(send("GET", URI.create(server.url() + "/connections/sf-denied"), apiKey, null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void connectionsByJwtBearerAndClientCredentialsServeContactsWithNoStoredToken() throws Exception {
        String jwt = "{\"connector\": \"salesforce\", \"instance_url\": \"" + emulator.baseUrl()
                + "\", \"settings\": {\"grant\": \"jwt_bearer\", \"username\": \""
                + emulator.credentials().username() + "\"}}";
        String clientCredentials = "{\"connector\": \"salesforce\", \"instance_url\": \"" + emulator.baseUrl()
                + "\", \"settings\": {\"grant\": \"client_credentials\"}}";

        for (var connection : Map.of("sf-jwt", jwt, "sf-cc", clientCredentials).entrySet()) {
            ok(send("PUT", URI.create(server.url() + "/connections/" + connection.getKey()), apiKey,
                    connection.getValue()));
            JsonNode contacts = ok(send("GET", URI.create(server.url() + "/unified/crm/contacts?connection_id="
                    + connection.getKey()), apiKey, null));
            assertThat(contacts.get("results")).as(connection.getKey()).hasSize(12);
        }
        HttpResponse<String> badSettings = send("PUT", URI.create(server.url() + "/connections/sf-bad"), apiKey,
                "{\"connector\": \"salesforce\", \"instance_url\": \"" + emulator.baseUrl()
                        + "\", \"settings\": {\"grant\": \"jwt_bearer\", \"colour\": \"red\"}}");
        assertThat(badSettings.statusCode()).isEqualTo(400);
        assertThat(badSettings.body()).contains("'colour'").contains("'username'");
    }

    @Test
    void aConnectionWithTheCustomersOwnAppIsExchangedRefreshedAndRevokedWithThatAppOnly() throws Exception {
        var customer = emulator.customerAppCredentials();
        String operator = emulator.credentials().clientId();
        Map<String, Integer> before = emulator.tokenRequestsByClient();
        URI authorizeUrl = authorize("sf-own", "{\"connector\": \"salesforce\", \"settings\": {\"client_id\": \""
                + customer.clientId() + "\"}, \"secret_settings\": {\"client_secret\": \"" + customer.clientSecret()
                + "\"}}");
        assertThat(authorizeUrl.getRawQuery()).contains("client_id=" + customer.clientId());
        HttpResponse<String> stored = send("GET", browser.allow(authorizeUrl), null, null);
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
        URI contacts = URI.create(server.url() + "/unified/crm/contacts?connection_id=sf-own");
        assertThat(ok(send("GET", contacts, apiKey, null)).get("results")).hasSize(12);
        emulator.expireAccessTokens();
        assertThat(ok(send("GET", contacts, apiKey, null)).get("results")).as("after a refresh").hasSize(12);
        HttpResponse<String> shown = send("GET", URI.create(server.url() + "/connections/sf-own"), apiKey, null);
        int revocationsBefore = emulator.requestLog().countPathContaining("/services/oauth2/revoke");
        assertThat(send("DELETE", URI.create(server.url() + "/connections/sf-own"), apiKey, null).statusCode())
                .isEqualTo(204);

        Map<String, Integer> after = emulator.tokenRequestsByClient();
        assertThat(after.getOrDefault(customer.clientId(), 0) - before.getOrDefault(customer.clientId(), 0))
                .as("the code exchange and one refresh, with the customer's app").isEqualTo(2);
        assertThat(after.getOrDefault(operator, 0)).as("never the operator's app")
                .isEqualTo(before.getOrDefault(operator, 0));
        assertThat(emulator.requestLog().countPathContaining("/services/oauth2/revoke"))
                .isEqualTo(revocationsBefore + 1);
        JsonNode connection = json.readTree(shown.body());
        assertThat(connection.get("settings").get("client_id").asText()).isEqualTo(customer.clientId());
        assertThat(connection.get("secret_settings").toString()).isEqualTo("[\"client_secret\"]");
        assertThat(stored.body() + shown.body()).doesNotContain(customer.clientSecret());
    }

    @Test
    void deletingAConnectionRevokesItsGrantAtTheProvider() throws Exception {
        URI callback = browser.allow(authorize("sf-doomed", "{\"connector\": \"salesforce\"}"));
        ok(send("GET", callback, null, null));
        int revocationsBefore = emulator.requestLog().countPathContaining("/services/oauth2/revoke");

        HttpResponse<String> deleted = send("DELETE", URI.create(server.url() + "/connections/sf-doomed"), apiKey,
                null);

        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(emulator.requestLog().countPathContaining("/services/oauth2/revoke"))
                .isEqualTo(revocationsBefore + 1);
        assertThat(send("GET", URI.create(server.url() + "/connections/sf-doomed"), apiKey, null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aHubSpotCustomerInstallsTheAppAndTheConnectionServesContactsAndDealsUntilDeleted() throws Exception {
        URI authorizeUrl = authorize("hs-oauth", "{\"connector\": \"hubspot\", \"return_url\": \"" + RETURN_URL
                + "\"}");
        assertThat(authorizeUrl.toString()).startsWith(hubspot.baseUrl() + "/oauth/authorize?")
                .contains("code_challenge_method=S256");

        HttpResponse<String> back = send("GET", chooseFirstPortal(authorizeUrl), null, null);

        assertThat(back.statusCode()).as(back.body()).isEqualTo(303);
        assertThat(back.headers().firstValue("Location"))
                .contains(RETURN_URL + "?connection_id=hs-oauth&status=connected");
        assertThat(ok(send("GET", URI.create(server.url() + "/unified/crm/contacts?connection_id=hs-oauth"), apiKey,
                null)).get("results")).hasSize(9);
        assertThat(ok(send("GET", URI.create(server.url() + "/unified/crm/opportunities?connection_id=hs-oauth"),
                apiKey, null)).get("results")).hasSize(4);
        JsonNode connection = ok(send("GET", URI.create(server.url() + "/connections/hs-oauth"), apiKey, null));
        assertThat(connection.get("status").asText()).isEqualTo("active");
        assertThat(connection.get("tokens").get("refreshable").asBoolean()).isTrue();

        assertThat(send("DELETE", URI.create(server.url() + "/connections/hs-oauth"), apiKey, null).statusCode())
                .isEqualTo(204);
        assertThat(hubspot.requestLog().countPathContaining("/oauth/v1/refresh-tokens/")).isEqualTo(1);
    }

    @Test
    void aHubSpotPrivateAppConnectionIsMadeByOneCallAndNeverShowsItsToken() throws Exception {
        String token = hubspot.credentials().privateAppToken();
        HttpResponse<String> made = send("PUT", URI.create(server.url() + "/connections/hs-pat"), apiKey,
                "{\"connector\": \"hubspot\", \"instance_url\": \"" + hubspot.baseUrl()
                        + "\", \"secret_settings\": {\"private_app_token\": \"" + token + "\"}}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(200);

        assertThat(ok(send("GET", URI.create(server.url() + "/unified/crm/accounts?connection_id=hs-pat"), apiKey,
                null)).get("results")).hasSize(3);
        HttpResponse<String> shown = send("GET", URI.create(server.url() + "/connections/hs-pat"), apiKey, null);
        assertThat(json.readTree(shown.body()).get("secret_settings").toString())
                .isEqualTo("[\"private_app_token\"]");
        assertThat(made.body() + shown.body()).doesNotContain(token);

        HttpResponse<String> missing = send("PUT", URI.create(server.url() + "/connections/hs-bad"), apiKey,
                "{\"connector\": \"hubspot\", \"instance_url\": \"" + hubspot.baseUrl()
                        + "\", \"settings\": {\"colour\": \"red\"}}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("'colour'").contains("private_app_token");
    }

    /** Plays the customer on HubSpot's consent page: picks the first portal, and returns where HubSpot sends them. */
    private URI chooseFirstPortal(URI authorizeUrl) throws Exception {
        HttpResponse<String> page = send("GET", authorizeUrl, null, null);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        String firstForm = page.body().substring(page.body().indexOf("<form"), page.body().indexOf("</form>"));
        Matcher input = Pattern.compile("name=\"([^\"]+)\" value=\"([^\"]*)\"").matcher(firstForm);
        StringBuilder form = new StringBuilder();
        while (input.find()) {
            form.append(form.isEmpty() ? "" : "&").append(input.group(1)).append('=').append(URLEncoder.encode(
                    input.group(2).replace("&amp;", "&").replace("&quot;", "\""), StandardCharsets.UTF_8));
        }
        HttpResponse<String> chosen = http.send(HttpRequest.newBuilder(URI.create(hubspot.baseUrl()
                        + "/oauth/authorize")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(302);
        return URI.create(chosen.headers().firstValue("Location").orElseThrow());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private URI authorize(String connection, String body) throws Exception {
        JsonNode started = ok(send("POST", URI.create(server.url() + "/connections/" + connection + "/authorize"),
                apiKey, body));
        return URI.create(started.get("authorize_url").asText());
    }

    private JsonNode ok(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> send(String method, URI url, String key, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
