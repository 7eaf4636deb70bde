package dev.crosswalk.benchmarks;

import dev.crosswalk.testkit.salesforce.EmulatorCredentials;
import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain {@link HttpClient} logged in to an emulator's default org with its refresh token, as any client would be:
 * what every benchmark drives the emulator with. Thread-safe.
 */
final class EmulatorClient {

    /** The SOQL of the REST page benchmarks: 8 fields of every contact. */
    static final String CONTACTS_SOQL =
            "SELECT Id, FirstName, LastName, Email, Phone, AccountId, LTV_Score__c, CreatedDate FROM Contact";

    private final HttpClient http = HttpClient.newHttpClient();
    private final SalesforceEmulator emulator;
    private String token;

    private EmulatorClient(SalesforceEmulator emulator) {
        this.emulator = emulator;
    }

    static EmulatorClient login(SalesforceEmulator emulator) throws IOException, InterruptedException {
        EmulatorClient client = new EmulatorClient(emulator);
        EmulatorCredentials app = emulator.credentials();
        String form = "grant_type=refresh_token&client_id=" + enc(app.clientId()) + "&client_secret="
                + enc(app.clientSecret()) + "&refresh_token=" + enc(app.refreshToken());
        String answer = client.http.send(HttpRequest.newBuilder(emulator.baseUrl().resolve("/services/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()).body();
        client.token = jsonField(answer, "access_token");
        return client;
    }

    HttpClient http() {
        return http;
    }

    /** An authorised request for a path under the data API, such as {@code /query?q=...}. */
    HttpRequest.Builder data(String path) {
        return HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/services/data/" + emulator.apiVersion() + path))
                .header("Authorization", "Bearer " + token);
    }

    /** An authorised request for a server path the emulator handed out, such as a {@code nextRecordsUrl}. */
    HttpRequest.Builder path(String serverPath) {
        return HttpRequest.newBuilder(emulator.baseUrl().resolve(serverPath)).header("Authorization", "Bearer " + token);
    }

    String get(String dataPath) throws IOException, InterruptedException {
        return http.send(data(dataPath).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    String post(String dataPath, String json) throws IOException, InterruptedException {
        return http.send(data(dataPath).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The first REST page of {@link #CONTACTS_SOQL}, as the emulator sent it. */
    String firstContactsPage() throws IOException, InterruptedException {
        return get("/query?q=" + enc(CONTACTS_SOQL));
    }

    /** A top-level string or number field of a JSON text, found without parsing the rest. */
    static String jsonField(String json, String field) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*\"?([^\",}]*)").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + field + " in " + json.substring(0, Math.min(300, json.length())));
        }
        return matcher.group(1);
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
