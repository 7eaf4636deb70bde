package dev.crosswalk.testkit.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The control API that tests outside the JVM drive the emulator with. */
class ControlApiTest {

    private static final String CONTACTS = "/services/data/v62.0/query?q=SELECT+Id+FROM+Contact";

    @Test
    void countsRequestsPerRouteAndTokenGrantsPerTypeButNotItsOwnRequests() {
        try (SalesforceEmulator emulator = SalesforceEmulator.builder().contacts(2).controlApi(true).start()) {
            SalesforceHttp http = new SalesforceHttp(emulator);
            String token = http.accessToken();
            http.get(CONTACTS, token);
            http.form("/services/oauth2/token", Map.of("grant_type", "client_credentials"));

            JsonNode counts = SalesforceHttp.json(http.get("/__emulator/requests", null));

            assertThat(counts.get("total").asInt()).isEqualTo(3);
            assertThat(counts.get("routes").get("POST /services/oauth2/token").asInt()).isEqualTo(2);
            assertThat(counts.get("routes").get("GET /services/data/v62.0/query").asInt()).isEqualTo(1);
            assertThat(counts.get("token_grants").get("refresh_token").asInt()).isEqualTo(1);
            assertThat(counts.get("token_grants").get("client_credentials").asInt()).isEqualTo(1);
            assertThat(http.json("DELETE", "/__emulator/requests", null, "").statusCode()).isEqualTo(204);
            assertThat(SalesforceHttp.json(http.get("/__emulator/requests", null)).get("total").asInt()).isZero();
        }
    }

    @Test
    void expiresEverySessionAndRevokesARefreshToken() {
        try (SalesforceEmulator emulator = SalesforceEmulator.builder().contacts(2).controlApi(true).start()) {
            SalesforceHttp http = new SalesforceHttp(emulator);
            String token = http.accessToken();

            assertThat(http.json("POST", "/__emulator/sessions/expire", null, "").statusCode()).isEqualTo(204);
            assertThat(http.get(CONTACTS, token).statusCode()).isEqualTo(401);
            String revoke = "{\"token\": \"" + emulator.credentials().refreshToken() + "\"}";
            assertThat(http.json("POST", "/__emulator/refresh-tokens/revoke", null, revoke).statusCode())
                    .isEqualTo(204);
            HttpResponse<String> refused = http.form("/services/oauth2/token", Map.of("grant_type", "refresh_token",
                    "client_id", emulator.credentials().clientId(), "client_secret",
                    emulator.credentials().clientSecret(), "refresh_token", emulator.credentials().refreshToken()));
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(http.json("POST", "/__emulator/refresh-tokens/revoke", null, revoke).statusCode())
                    .isEqualTo(404);
        }
    }

    @Test
    void addsAndClearsFaultsSuchAsTheSpentDailyLimit() {
        try (SalesforceEmulator emulator = SalesforceEmulator.builder().contacts(2).controlApi(true).start()) {
            SalesforceHttp http = new SalesforceHttp(emulator);
            String token = http.accessToken();

            HttpResponse<String> added = http.json("POST", "/__emulator/faults", null,
                    "{\"kind\": \"daily_limit\", \"method\": \"GET\", \"path\": \"/services/data/.+/query\"}");
            HttpResponse<String> limited = http.get(CONTACTS, token);
            HttpResponse<String> refused = http.json("POST", "/__emulator/faults", null, "{\"kind\": \"meteor\"}");
            http.json("DELETE", "/__emulator/faults", null, "");

            assertThat(added.statusCode()).isEqualTo(201);
            assertThat(limited.statusCode()).isEqualTo(403);
            assertThat(limited.body()).contains("REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.");
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(http.get(CONTACTS, token).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void isRefusedUnlessEnabled() {
        try (SalesforceEmulator emulator = SalesforceEmulator.builder().contacts(1).start()) {
            assertThat(new SalesforceHttp(emulator).get("/__emulator/requests", null).statusCode()).isEqualTo(404);
        }
    }
}
