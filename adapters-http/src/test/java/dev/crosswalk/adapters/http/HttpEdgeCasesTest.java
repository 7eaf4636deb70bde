package dev.crosswalk.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.core.domain.QuotaUsage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the server answers to requests outside the happy path, down to HTTP itself. */
class HttpEdgeCasesTest extends ApiTest {

    private static final String MARKER = "ECHO-MARKER-7f3a";

    @Test
    void answersHealthAndTheOpenApiDocumentWithoutAnApiKey() throws Exception {
        assertThat(okBody(get("/health", null)).get("status").asText()).isEqualTo("up");
        assertThat(okBody(get("/openapi.json", null)).get("openapi").asText()).startsWith("3.1");
    }

    @Test
    void asksForAnApiKeyOnEveryOtherPathKnownOrNot() throws Exception {
        HttpResponse<String> response = get("/unified/crm/contacts" + ACME, null);

        assertProblem(response, 401, "unauthenticated");
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        assertProblem(get("/admin", null), 401, "unauthenticated");
        assertProblem(get("/unified/crm/nothing-here", null), 401, "unauthenticated");
        assertProblem(get("/unified/crm/contacts" + ACME, "cwk_guess"), 401, "unauthenticated");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Basic YWNtZTpzZWNyZXQ=", "Bearer", "Bearer ", "cwk_acme-key", "Token cwk_acme-key"})
    void refusesAnAuthorizationThatIsNotABearerKey(String authorization) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/unified/crm/contacts" + ACME))
                .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.ofString());

        assertProblem(response, 401, "unauthenticated");
    }

    @Test
    void acceptsTheBearerSchemeInAnyLetterCase() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/unified/crm/contacts" + ACME))
                .header("Authorization", "BEARER " + FakeCrm.ACME_KEY).build(), HttpResponse.BodyHandlers.ofString());

        okBody(response);
    }

    @Test
    void refusesARepeatedAuthorizationHeader() throws Exception {
        RawResponse response = raw("GET /unified/crm/contacts" + ACME + " HTTP/1.1\r\nHost: x\r\n"
                + "Authorization: Bearer " + FakeCrm.ACME_KEY + "\r\nAuthorization: Bearer " + FakeCrm.GLOBEX_KEY
                + "\r\nConnection: close\r\n\r\n", false);

        JsonNode problem = assertRawProblem(response, 400, "invalid-request", FakeCrm.ACME_KEY);
        assertThat(problem.get("detail").asText()).contains("Authorization").contains("2 times");
        assertThat(crm.lastConnection()).isNull();
    }

    @Test
    void answersUnknownPathsWithNotFoundOnceAuthenticated() throws Exception {
        assertProblem(get("/admin"), 404, "no-such-route");
        assertProblem(get("/unified/crm/nothing-here" + ACME), 404, "no-such-route");
        assertProblem(get("/unified/crm/contacts/" + ACME), 404, "no-such-route");
        assertProblem(get("/unified/crm/contacts/003A/extra" + ACME), 404, "no-such-route");
        assertThat(body(get("/admin")).has("instance")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            "PUT, /unified/crm/contacts, 'GET, HEAD'",
            "DELETE, /unified/crm/accounts/001X, 'GET, HEAD'",
            "POST, /unified/crm/mappings/contact, 'GET, HEAD, PUT, DELETE'",
            "GET, /unified/crm/mappings/contact/validate, POST",
            "PUT, /unified/crm/mappings/contact/restore, POST",
            "PATCH, /unified/crm/mappings/contact, 'GET, HEAD, PUT, DELETE'",
            "OPTIONS, /unified/crm/schema, 'GET, HEAD'",
            "QUERY, /unified/crm/quota, 'GET, HEAD'"})
    void answersAKnownPathAskedWithAnotherMethodWith405AndTheAllowedMethods(String method, String path,
            String allowed) throws Exception {
        HttpResponse<String> response = send(method, path + ACME, FakeCrm.ACME_KEY, null, null);

        assertProblem(response, 405, "method-not-allowed");
        assertThat(response.headers().firstValue("Allow")).contains(allowed);
    }

    @Test
    void answersAnOpenPathAskedWithAnotherMethodWith405WithoutAKey() throws Exception {
        HttpResponse<String> response = send("DELETE", "/health", null, null, null);

        assertProblem(response, 405, "method-not-allowed");
        assertThat(response.headers().firstValue("Allow")).contains("GET, HEAD");
    }

    @Test
    void answersTraceWith405AndNeverEchoesTheRequest() throws Exception {
        RawResponse response = raw("TRACE /unified/crm/contacts HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                + FakeCrm.ACME_KEY + "\r\nX-Marker: " + MARKER + "\r\nConnection: close\r\n\r\n", false);

        assertRawProblem(response, 405, "method-not-allowed", MARKER);
        assertThat(response.header("Allow")).isEqualTo("GET, HEAD");
        assertThat(response.body()).doesNotContain(FakeCrm.ACME_KEY);
    }

    @Test
    void answersAMethodHttpDoesNotDefineWith501() throws Exception {
        RawResponse response = raw("FROB /unified/crm/contacts HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                false);

        assertRawProblem(response, 501, "method-not-implemented", "<");
    }

    @Test
    void answersConnectWithAProblem() throws Exception {
        String authority = "127.0.0.1:" + server.port();
        RawResponse toThisServer = raw("CONNECT " + authority + " HTTP/1.1\r\nHost: " + authority + "\r\n\r\n", true);
        RawResponse elsewhere = raw("CONNECT " + MARKER + ".example:443 HTTP/1.1\r\nHost: x\r\n\r\n", true);

        assertRawProblem(toThisServer, 401, "unauthenticated", authority);
        assertRawProblem(elsewhere, 400, "malformed-request", MARKER);
    }

    @Test
    void answersABadPercentEscapeInThePathWithAProblemThatDoesNotEchoIt() throws Exception {
        RawResponse response = raw("GET /unified/crm/contacts/" + MARKER + "%zz HTTP/1.1\r\nHost: x\r\n"
                + "Connection: close\r\n\r\n", false);

        assertRawProblem(response, 400, "malformed-request", MARKER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/unified/crm/contacts/%2e%2e", "/unified/crm/contacts/a%2Fb",
            "/unified/crm/objects/..%2F..%2Fsobjects", "/unified/crm/schema/Contact%5Cx",
            "/unified/crm/objects/Contact/%0A"})
    void refusesAPathSegmentThatDecodesToAPathOrHoldsAControlCharacter(String path) throws Exception {
        JsonNode problem = assertRawProblem(rawGet(path + ACME), 400, "invalid-request", null);

        assertThat(problem.get("detail").asText()).contains("path segment").contains("malformed");
        assertThat(crm.lastConnection()).isNull();
    }

    @Test
    void answersAnOverlongUriWith414WithoutEchoingIt() throws Exception {
        RawResponse response = raw("GET /unified/crm/contacts?connection_id=" + MARKER + "&x=" + "y".repeat(20_000)
                + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", false);

        assertRawProblem(response, 414, "uri-too-long", MARKER);
    }

    @Test
    void answersOverlargeHeadersWith431WithoutEchoingTheUriOrTheHeaders() throws Exception {
        RawResponse response = raw("GET /unified/crm/contacts?connection_id=" + MARKER + " HTTP/1.1\r\nHost: x\r\n"
                + "X-Big: " + MARKER + "z".repeat(20_000) + "\r\nConnection: close\r\n\r\n", false);

        assertRawProblem(response, 431, "headers-too-large", MARKER);
    }

    @Test
    void answersARequestWithoutHostWithAProblem() throws Exception {
        RawResponse response = raw("GET /health HTTP/1.1\r\nConnection: close\r\n\r\n", false);

        assertRawProblem(response, 400, "malformed-request", "<");
    }

    @Test
    void answersAnOverlargeBodyWith413() throws Exception {
        String huge = "a: " + "b".repeat(2_000_000) + "\n";

        assertProblem(send("PUT", "/unified/crm/mappings/contact" + ACME, FakeCrm.ACME_KEY, "application/yaml", huge),
                413, "body-too-large");
    }

    @Test
    void answersHeadExactlyLikeGetWithoutABody() throws Exception {
        crm.reportQuota(FakeCrm.ACME_SF, QuotaUsage.of(7, 100, Instant.EPOCH).withWindow(Duration.ofHours(1)));
        List<String> requests = List.of(
                "/unified/crm/contacts" + ACME,
                "/unified/crm/contacts/003A" + ACME,
                "/unified/crm/contacts?connection_id=nope",
                "/unified/crm/contacts" + ACME + "&page_size=0",
                "/unified/crm/contacts" + ACME + "&page_size=1&page_size=2",
                "/unified/crm/objects/Deal_Registration__c" + ACME,
                "/unified/crm/schema/Contact" + ACME,
                "/unified/crm/quota" + ACME,
                "/unified/crm/mappings/contact" + ACME,
                "/unified/crm/mappings/contact/validate" + ACME,
                "/unified/crm/nothing-here",
                "/health",
                "/openapi.json");
        for (String request : requests) {
            for (String key : new String[] {FakeCrm.ACME_KEY, null}) {
                HttpResponse<String> get = send("GET", request, key, null, null);
                HttpResponse<String> head = send("HEAD", request, key, null, null);

                assertThat(head.statusCode()).as("HEAD %s", request).isEqualTo(get.statusCode());
                assertThat(headers(head)).as("HEAD %s", request).isEqualTo(headers(get));
                assertThat(head.body()).as("HEAD %s", request).isEmpty();
            }
        }
    }

    @Test
    void servesHeadOnEveryGetRoute() throws Exception {
        for (Route route : server.routes()) {
            if (route.method().equals("GET")) {
                String path = route.path().replace("{object}", "contact").replace("{id}", "003A");
                HttpResponse<String> get = send("GET", path + ACME, FakeCrm.ACME_KEY, null, null);
                HttpResponse<String> head = send("HEAD", path + ACME, FakeCrm.ACME_KEY, null, null);

                assertThat(get.statusCode()).as("GET %s", path).isNotEqualTo(405);
                assertThat(get.body()).as("GET %s", path).doesNotContain("no-such-route");
                assertThat(head.statusCode()).as("HEAD %s", path).isEqualTo(get.statusCode());
            }
        }
    }

    private static Map<String, List<String>> headers(HttpResponse<String> response) {
        Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
        headers.remove("date");
        return headers;
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }
}
