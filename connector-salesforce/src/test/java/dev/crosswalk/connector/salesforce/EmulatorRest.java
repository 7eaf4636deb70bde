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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Plain REST calls to the emulator, made the way any client would, to arrange data for connector tests (create and
 * delete records) and to read what the connector sent (the SOQL in the request log).
 */
final class EmulatorRest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newHttpClient();
    private final SalesforceEmulator emulator;
    private final String token;

    EmulatorRest(SalesforceEmulator emulator) {
        this.emulator = emulator;
        this.token = login();
    }

    /** @return the new record's id */
    String create(String object, Map<String, ?> fields) {
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

    void delete(String object, String id) {
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

    private HttpResponse<String> send(HttpRequest.Builder request) {
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
