package dev.crosswalk.connector.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosswalk.emulator.support.RecordedRequest;
import dev.crosswalk.testkit.salesforce.EmulatorCredentials;
import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Plain REST calls to the emulator, made the way any client would, to arrange data for connector tests (create and
 * delete records), to read its data and limits without the connector, to revoke a grant, and to read what the
 * connector sent (the SOQL in the request log). Public for the conformance fixture's package. Not thread-safe.
 */
public final class EmulatorRest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newHttpClient();
    private final SalesforceEmulator emulator;
    private String token;

    public EmulatorRest(SalesforceEmulator emulator) {
        this.emulator = emulator;
        this.token = login();
    }

    /** @return the new record's id */
    public String create(String object, Map<String, ?> fields) {
        ObjectNode body = JSON.valueToTree(fields);
        HttpResponse<String> created = send(HttpRequest.newBuilder(uri("/sobjects/" + object))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        if (created.statusCode() != 201) {
            throw new IllegalStateException("create " + object + " answered " + created.statusCode() + ": "
                    + created.body());
        }
        return json(created.body()).get("id").asText();
    }

    public void delete(String object, String id) {
        HttpResponse<String> deleted = send(HttpRequest.newBuilder(uri("/sobjects/" + object + "/" + id)).DELETE());
        if (deleted.statusCode() != 204) {
            throw new IllegalStateException("delete answered " + deleted.statusCode() + ": " + deleted.body());
        }
    }

    /** @return every SOQL statement the connector sent to {@code query} or {@code queryAll}, oldest first */
    static List<String> statementsSent(SalesforceEmulator emulator) {
        return emulator.requestLog().requests().stream()
                .filter(request -> request.path().endsWith("/query") || request.path().endsWith("/queryAll")
                        || request.path().endsWith("/search"))
                .map(EmulatorRest::statement)
                .toList();
    }

    private static String statement(RecordedRequest request) {
        for (String pair : request.query().split("&")) {
            if (pair.startsWith("q=")) {
                return URLDecoder.decode(pair.substring(2), StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    /** @return every row {@code soql} selects, all pages read, each without its {@code attributes} */
    public List<JsonNode> query(String soql) {
        List<JsonNode> rows = new ArrayList<>();
        URI next = uri("/query?q=" + URLEncoder.encode(soql, StandardCharsets.UTF_8));
        while (next != null) {
            JsonNode page = json(ok("query", send(HttpRequest.newBuilder(next).GET())));
            page.get("records").forEach(rows::add);
            JsonNode more = page.get("nextRecordsUrl");
            next = more == null || more.isNull() ? null : URI.create(emulator.baseUrl() + more.asText());
        }
        rows.forEach(row -> ((ObjectNode) row).remove("attributes"));
        return rows;
    }

    /** @return the org's limits ({@code GET /limits}), by name, each with {@code Max} and {@code Remaining} */
    public JsonNode limits() {
        return json(ok("limits", send(HttpRequest.newBuilder(uri("/limits")).GET())));
    }

    /** Revokes a refresh token (and the access tokens issued from it) at {@code /services/oauth2/revoke}. */
    public void revoke(String refreshToken) {
        ok("revoke", sendWithoutToken(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/services/oauth2/revoke"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "token=" + URLEncoder.encode(refreshToken, StandardCharsets.UTF_8)))));
    }

    private static String ok(String action, HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(action + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private String login() {
        EmulatorCredentials credentials = emulator.credentials();
        String form = Map.of("grant_type", "refresh_token", "client_id", credentials.clientId(),
                        "client_secret", credentials.clientSecret(), "refresh_token", credentials.refreshToken())
                .entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> issued = sendWithoutToken(HttpRequest.newBuilder(
                        URI.create(emulator.baseUrl() + "/services/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        return json(issued.body()).get("access_token").asText();
    }

    private URI uri(String path) {
        return URI.create(emulator.baseUrl() + "/services/data/" + emulator.apiVersion() + path);
    }

    /** Sends with this client's token, logging in again once if the emulator refused it (tokens expired). */
    private HttpResponse<String> send(HttpRequest.Builder request) {
        HttpResponse<String> answered = sendWithoutToken(request.copy().header("Authorization", "Bearer " + token));
        if (answered.statusCode() != 401) {
            return answered;
        }
        token = login();
        return sendWithoutToken(request.header("Authorization", "Bearer " + token));
    }

    private HttpResponse<String> sendWithoutToken(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
