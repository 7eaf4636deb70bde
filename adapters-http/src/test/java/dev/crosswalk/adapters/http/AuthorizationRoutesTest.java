package dev.crosswalk.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthorizationRoutesTest extends ApiTest {

    private HttpResponse<String> authorize(String connection, String body) throws Exception {
        return send("POST", "/connections/" + connection + "/authorize", FakeCrm.ACME_KEY, "application/json", body);
    }

    @Test
    void startsAnAuthorisationWithThisServersCallbackAndAnAllowedReturnUrl() throws Exception {
        JsonNode started = okBody(authorize("sf-new", """
                {"connector": "salesforce", "settings": {"login_url": "https://test.salesforce.com"},
                 "return_url": "https://app.example/crm/connected?tab=2"}"""));

        assertThat(started.get("authorize_url").asText()).isEqualTo("https://login.example/authorize?state=state-1");
        assertThat(started.get("expires_at").asText()).isEqualTo("2026-12-06T10:10:00Z");
        FakeAuthorization.Request request = authorization.started.get(0);
        assertThat(request.connection()).isEqualTo(new dev.crosswalk.core.domain.ConnectionRef(
                new dev.crosswalk.core.domain.TenantId("acme"), new dev.crosswalk.core.domain.ConnectionId("sf-new")));
        assertThat(request.settings()).isEqualTo(Map.of("login_url", "https://test.salesforce.com"));
        assertThat(request.redirectUri()).isEqualTo(URI.create("http://127.0.0.1:" + server.port()
                + "/oauth/callback"));
        assertThat(request.returnUrl()).isEqualTo(URI.create("https://app.example/crm/connected?tab=2"));
    }

    @Test
    void passesTheConnectionsOwnAppSecretOnAsASecretAndNeverAnswersIt() throws Exception {
        HttpResponse<String> started = authorize("sf-own", """
                {"connector": "salesforce", "settings": {"client_id": "3MVG9own"},
                 "secret_settings": {"client_secret": "own-app-secret-value"}}""");

        assertThat(started.statusCode()).isEqualTo(200);
        assertThat(started.body()).doesNotContain("own-app-secret-value");
        FakeAuthorization.Request request = authorization.started.get(0);
        assertThat(request.settings()).isEqualTo(Map.of("client_id", "3MVG9own"));
        assertThat(request.secretSettings()).isEqualTo(Map.of("client_secret",
                dev.crosswalk.core.domain.Secret.of("own-app-secret-value")));
    }

    @Test
    void refusesAReturnUrlOffTheAllowlistSoTheCallbackIsNoOpenRedirect() throws Exception {
        for (String returnUrl : new String[] {"https://app.example.evil.example/crm", "https://app.example/crmx",
                "http://app.example/crm", "https://app.example:8443/crm", "https://user@app.example/crm",
                "https://app.example/crm/../admin", "https://app.example/crm/%2e%2e/admin", "javascript:alert(1)",
                "/crm/relative"}) {
            HttpResponse<String> refused = authorize("sf-new", "{\"connector\": \"salesforce\", \"return_url\": \""
                    + returnUrl + "\"}");

            assertThat(refused.statusCode()).as(returnUrl).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        }
        assertThat(authorization.started).isEmpty();
    }

    @Test
    void refusesAnAuthorisationWithoutAKeyOrWithUnknownMembers() throws Exception {
        HttpResponse<String> anonymous = send("POST", "/connections/sf-new/authorize", null, "application/json",
                "{\"connector\": \"salesforce\"}");
        HttpResponse<String> unknown = authorize("sf-new", "{\"connector\": \"salesforce\", \"scope\": \"full\"}");
        HttpResponse<String> noConnector = authorize("sf-new", "{\"settings\": {}}");

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(body(unknown).get("detail").asText()).contains("[scope]");
        assertThat(noConnector.statusCode()).isEqualTo(400);
        assertThat(body(noConnector).get("detail").asText()).contains("'connector' is required");
    }

    @Test
    void theCallbackStoresTheConnectionAndSendsTheCustomerBackToTheReturnUrl() throws Exception {
        authorize("sf-new", "{\"connector\": \"salesforce\", \"return_url\": \"https://app.example/crm?tab=2\"}");

        HttpResponse<String> callback = send("GET", "/oauth/callback?code=good&state=state-1", null, null, null);

        assertThat(callback.statusCode()).isEqualTo(303);
        assertThat(callback.headers().firstValue("Location"))
                .contains("https://app.example/crm?tab=2&connection_id=sf-new&status=connected");
    }

    @Test
    void withoutAReturnUrlTheCallbackAnswersTheConnection() throws Exception {
        authorize("sf-new", "{\"connector\": \"salesforce\"}");

        JsonNode connected = okBody(send("GET", "/oauth/callback?code=good&state=state-1&sfdc_community_id=x", null,
                null, null));

        assertThat(connected.get("id").asText()).isEqualTo("sf-new");
        assertThat(connected.get("status").asText()).isEqualTo("active");
    }

    @Test
    void aReplayedOrUnknownStateIsRefusedWithAProblem() throws Exception {
        authorize("sf-new", "{\"connector\": \"salesforce\"}");
        send("GET", "/oauth/callback?code=good&state=state-1", null, null, null);

        HttpResponse<String> replayed = send("GET", "/oauth/callback?code=good&state=state-1", null, null, null);
        HttpResponse<String> noState = send("GET", "/oauth/callback?code=good", null, null, null);
        HttpResponse<String> neither = send("GET", "/oauth/callback?state=state-9", null, null, null);

        assertThat(replayed.statusCode()).isEqualTo(400);
        assertThat(body(replayed).get("type").asText()).endsWith("authorization-unknown");
        assertThat(noState.statusCode()).isEqualTo(400);
        assertThat(neither.statusCode()).isEqualTo(400);
    }

    @Test
    void aDenialOrFailedExchangeGoesBackToTheReturnUrlWithTheError() throws Exception {
        authorize("sf-new", "{\"connector\": \"salesforce\", \"return_url\": \"https://app.example/crm\"}");
        authorize("sf-new", "{\"connector\": \"salesforce\"}");

        HttpResponse<String> denied = send("GET", "/oauth/callback?error=access_denied"
                + "&error_description=end-user+denied+authorization&state=state-1", null, null, null);
        HttpResponse<String> failed = send("GET", "/oauth/callback?code=forged&state=state-2", null, null, null);

        assertThat(denied.statusCode()).isEqualTo(303);
        assertThat(denied.headers().firstValue("Location")).contains("https://app.example/crm?connection_id=sf-new"
                + "&error=access_denied&error_description=end-user+denied+authorization");
        assertThat(failed.statusCode()).isEqualTo(400);
        assertThat(body(failed).get("error").asText()).isEqualTo("token_exchange_failed");
        assertThat(body(failed).get("detail").asText()).contains("invalid_grant");
    }

    @Test
    void aHeadRequestToTheCallbackUsesNothingUp() throws Exception {
        authorize("sf-new", "{\"connector\": \"salesforce\"}");

        assertThat(send("HEAD", "/oauth/callback?code=good&state=state-1", null, null, null).statusCode())
                .isEqualTo(204);
        assertThat(okBody(send("GET", "/oauth/callback?code=good&state=state-1", null, null, null)).get("id")
                .asText()).isEqualTo("sf-new");
    }
}
