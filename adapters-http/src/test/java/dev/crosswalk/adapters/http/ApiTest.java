package dev.crosswalk.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Starts the API on a free port over a {@link FakeCrm} for each test, and talks to it over real HTTP: with
 * {@link HttpClient}, or over a raw socket for requests a client library will not send.
 */
abstract class ApiTest {

    static final String ACME = "?connection_id=sf-prod";

    final ObjectMapper json = new ObjectMapper();
    final HttpClient http = HttpClient.newHttpClient();
    FakeCrm crm;
    FakeAuthorization authorization;
    FakeWebhooks webhooks;
    UnifiedApiServer server;

    @BeforeEach
    void startServer() {
        crm = new FakeCrm();
        authorization = new FakeAuthorization();
        webhooks = new FakeWebhooks();
        server = UnifiedApiServer.builder()
                .authenticate(crm).unifiedRecords(crm).providerRecords(crm).schema(crm).quota(crm).mappings(crm).connections(crm)
                .authorization(authorization).webhooks(webhooks).returnUrls(java.util.List.of(URI.create("https://app.example/crm")))
                .build()
                .start("127.0.0.1", 0);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return send("GET", pathAndQuery, FakeCrm.ACME_KEY, null, null);
    }

    HttpResponse<String> get(String pathAndQuery, String apiKey) throws IOException, InterruptedException {
        return send("GET", pathAndQuery, apiKey, null, null);
    }

    HttpResponse<String> send(String method, String pathAndQuery, String apiKey, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (apiKey != null) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode body(HttpResponse<String> response) throws IOException {
        return json.readTree(response.body());
    }

    JsonNode okBody(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        return body(response);
    }

    /** Asserts a problem+json answer of that status and type, and returns its body. */
    JsonNode assertProblem(HttpResponse<String> response, int status, String type) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                contentType -> assertThat(contentType).startsWith("application/problem+json"));
        JsonNode problem = body(response);
        assertThat(problem.get("type").asText()).isEqualTo("urn:crosswalk:problem:" + type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).isNotBlank();
        return problem;
    }

    /**
     * Sends raw bytes and reads the answer until the server closes the connection.
     *
     * @param halfClose whether to close our sending side after the request (Jetty answers a CONNECT only then)
     */
    RawResponse raw(String request, boolean halfClose) throws IOException {
        return raw(request, halfClose, new byte[0]);
    }

    /** Sends a request head and a body of raw bytes, and reads the answer until the server closes the connection. */
    RawResponse raw(String head, boolean halfClose, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            if (halfClose) {
                socket.shutdownOutput();
            }
            InputStream in = socket.getInputStream();
            return RawResponse.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** A response read off a socket: status, headers (names lower-case), body. */
    record RawResponse(int status, Map<String, String> headers, String body) {
        static RawResponse parse(String text) {
            int end = text.indexOf("\r\n\r\n");
            assertThat(end).as("a complete HTTP answer: %s", text).isPositive();
            String[] lines = text.substring(0, end).split("\r\n");
            Map<String, String> headers = new TreeMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
            return new RawResponse(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** Sends a GET a client library would refuse to send (a bad percent-escape), with acme's key. */
    RawResponse rawGet(String pathAndQuery) throws IOException {
        return raw("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + FakeCrm.ACME_KEY
                + "\r\nConnection: close\r\n\r\n", false);
    }

    /** Asserts a raw answer is a problem of that status and type that does not repeat {@code echo}; returns it. */
    JsonNode assertRawProblem(RawResponse response, int status, String type, String echo) throws IOException {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("type").asText()).isEqualTo("urn:crosswalk:problem:" + type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(response.body()).doesNotContainIgnoringCase("<html");
        if (echo != null) {
            assertThat(response.body()).doesNotContain(echo);
        }
        return problem;
    }
}
