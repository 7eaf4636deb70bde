package dev.crosswalk.testkit.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.testkit.salesforce.http.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** A plain HTTP client for driving the emulator in tests, the way any Salesforce client would. */
final class SalesforceHttp {

    private final HttpClient client = HttpClient.newHttpClient();
    private final SalesforceEmulator emulator;

    SalesforceHttp(SalesforceEmulator emulator) {
        this.emulator = emulator;
    }

    HttpResponse<String> form(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Refreshes with the emulator's ready credentials and returns the new access token. */
    String accessToken() {
        EmulatorCredentials credentials = emulator.credentials();
        HttpResponse<String> response = form("/services/oauth2/token", Map.of("grant_type", "refresh_token",
                "client_id", credentials.clientId(), "client_secret", credentials.clientSecret(),
                "refresh_token", credentials.refreshToken()));
        return json(response).get("access_token").asText();
    }

    HttpResponse<String> get(String pathAndQuery, String token, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    HttpResponse<String> json(String method, String pathAndQuery, String token, String jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody));
        return send(request.build());
    }

    HttpResponse<String> csv(String method, String pathAndQuery, String token, String csvBody) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/csv")
                .method(method, HttpRequest.BodyPublishers.ofString(csvBody)).build());
    }

    String data(String path) {
        return "/services/data/" + emulator.apiVersion() + path;
    }

    HttpResponse<String> query(String soql, String token, String... headers) {
        return get("/services/data/" + emulator.apiVersion() + "/query?q=" + enc(soql), token, headers);
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            HttpRequest bounded = HttpRequest.newBuilder(request, (name, value) -> true)
                    .timeout(java.time.Duration.ofSeconds(30)).build();
            return client.send(bounded, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI uri(String pathAndQuery) {
        return URI.create(pathAndQuery.startsWith("http") ? pathAndQuery : emulator.baseUrl() + pathAndQuery);
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(response.body(), e);
        }
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
