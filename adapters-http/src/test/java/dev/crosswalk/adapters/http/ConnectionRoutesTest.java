package dev.crosswalk.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.core.domain.QuotaUsage;
import dev.crosswalk.core.port.in.UseCaseException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectionRoutesTest extends ApiTest {

    @Test
    void listsOnlyTheKeysTenantsConnectionsWithStatusTokenTimesAndQuotaButNoToken() throws Exception {
        crm.reportQuota(FakeCrm.ACME_SF, QuotaUsage.of(1_500, 15_000, Instant.parse("2025-01-01T01:00:00Z")));

        HttpResponse<String> response = get("/connections");

        JsonNode body = okBody(response);
        assertThat(body.get("results")).hasSize(1);
        JsonNode acme = body.get("results").get(0);
        assertThat(acme.get("id").asText()).isEqualTo("sf-prod");
        assertThat(acme.get("connector").asText()).isEqualTo("salesforce");
        assertThat(acme.get("status").asText()).isEqualTo("active");
        assertThat(acme.get("instance_url").asText()).isEqualTo("https://acme.example");
        assertThat(acme.get("tokens").get("issued_at").asText()).isEqualTo("2025-01-01T00:00:00Z");
        assertThat(acme.get("tokens").get("access_token_expires_at").asText()).isEqualTo("2025-01-01T02:00:00Z");
        assertThat(acme.get("tokens").get("refreshable").asBoolean()).isTrue();
        assertThat(acme.get("quota").get("remaining").asLong()).isEqualTo(13_500);
        assertThat(body.get("next_cursor").isNull()).isTrue();
        assertThat(response.body()).doesNotContain("refresh\"").doesNotContain("other-sf");
    }

    @Test
    void showsOneConnectionAndNoneOfAnotherTenant() throws Exception {
        assertThat(okBody(get("/connections/sf-prod")).get("id").asText()).isEqualTo("sf-prod");
        assertThat(get("/connections/other-sf").statusCode()).isEqualTo(404);
        assertThat(get("/connections/other-sf", FakeCrm.GLOBEX_KEY).statusCode()).isEqualTo(200);
    }

    @Test
    void deletesAConnectionWithNoContentAfterwhichItIsGone() throws Exception {
        HttpResponse<String> deleted = send("DELETE", "/connections/sf-prod", FakeCrm.ACME_KEY, null, null);

        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(get("/connections/sf-prod").statusCode()).isEqualTo(404);
        assertThat(okBody(get("/connections")).get("results")).isEmpty();
    }

    @Test
    void answersServiceUnavailableWhenTheProviderCouldNotRevoke() throws Exception {
        crm.failNextCall(new UseCaseException.CrmCallFailed(UseCaseException.CrmCallFailed.Kind.UNAVAILABLE,
                "could not reach Salesforce to revoke the grant", null, null, null));

        HttpResponse<String> response = send("DELETE", "/connections/sf-prod", FakeCrm.ACME_KEY, null, null);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(okBody(get("/connections/sf-prod")).get("id").asText()).isEqualTo("sf-prod");
    }

    @Test
    void refusesAMalformedConnectionIdAndUnknownParametersAndNeedsAKey() throws Exception {
        assertThat(get("/connections/bad%20id!").statusCode()).isEqualTo(400);
        assertThat(get("/connections?connection_id=sf-prod").statusCode()).isEqualTo(400);
        assertThat(get("/connections", null).statusCode()).isEqualTo(401);
        assertThat(send("POST", "/connections", FakeCrm.ACME_KEY, null, null).statusCode()).isEqualTo(405);
    }

    @Test
    void createsAConnectionThatObtainsTokensByItsGrant() throws Exception {
        HttpResponse<String> created = send("PUT", "/connections/sf-cc", FakeCrm.ACME_KEY, "application/json",
                "{\"connector\": \"salesforce\", \"instance_url\": \"https://acme.example\","
                        + " \"settings\": {\"grant\": \"client_credentials\"}}");

        JsonNode connection = okBody(created);
        assertThat(connection.get("id").asText()).isEqualTo("sf-cc");
        assertThat(connection.get("tokens").isNull()).isTrue();
        assertThat(okBody(get("/connections/sf-cc")).get("connector").asText()).isEqualTo("salesforce");
    }

    @Test
    void createsAConnectionWithItsOwnAppShowingItsClientIdAndTheNamesOfItsSecretSettingsNeverTheirValues()
            throws Exception {
        HttpResponse<String> created = send("PUT", "/connections/sf-own", FakeCrm.ACME_KEY, "application/json",
                "{\"connector\": \"salesforce\", \"instance_url\": \"https://acme.example\","
                        + " \"settings\": {\"grant\": \"client_credentials\", \"client_id\": \"3MVG9own\"},"
                        + " \"secret_settings\": {\"client_secret\": \"own-app-secret-value\"}}");

        for (HttpResponse<String> answer : java.util.List.of(created, get("/connections/sf-own"), get("/connections"))) {
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).doesNotContain("own-app-secret-value");
        }
        JsonNode connection = okBody(get("/connections/sf-own"));
        assertThat(connection.get("settings").get("client_id").asText()).isEqualTo("3MVG9own");
        assertThat(connection.get("secret_settings")).hasSize(1);
        assertThat(connection.get("secret_settings").get(0).asText()).isEqualTo("client_secret");
        assertThat(okBody(get("/connections/sf-prod")).get("secret_settings")).isEmpty();
    }

    @Test
    void refusesBadSecretSettingsNamingThemButNeverTheirValues() throws Exception {
        String path = "/connections/sf-own";
        String start = "{\"connector\": \"salesforce\", \"instance_url\": \"https://acme.example\","
                + " \"settings\": {\"grant\": \"client_credentials\", \"client_id\": \"3MVG9own\"}, ";
        HttpResponse<String> notText = send("PUT", path, FakeCrm.ACME_KEY, "application/json",
                start + "\"secret_settings\": {\"client_secret\": 42}}");
        HttpResponse<String> empty = send("PUT", path, FakeCrm.ACME_KEY, "application/json",
                start + "\"secret_settings\": {\"client_secret\": \"\"}}");
        HttpResponse<String> notAnObject = send("PUT", path, FakeCrm.ACME_KEY, "application/json",
                start + "\"secret_settings\": \"hidden-value-1\"}");
        HttpResponse<String> unknown = send("PUT", path, FakeCrm.ACME_KEY, "application/json",
                start + "\"secret_settings\": {\"api_token\": \"hidden-value-2\", \"pin\": \"hidden-value-3\"}}");

        assertThat(List.of(notText, empty, notAnObject, unknown)).allSatisfy(answer -> {
            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(answer.body()).doesNotContain("hidden-value");
        });
        assertThat(body(notText).get("detail").asText()).contains("secret setting 'client_secret' must be text");
        assertThat(body(empty).get("detail").asText()).contains("must not be empty");
        assertThat(body(notAnObject).get("detail").asText()).contains("'secret_settings' must be an object");
        assertThat(body(unknown).get("detail").asText()).contains("'api_token'", "'pin'");
        assertThat(get(path).statusCode()).isEqualTo(404);
    }

    @Test
    void refusesABadConnectionBodyNamingWhatIsWrong() throws Exception {
        String path = "/connections/sf-cc";
        HttpResponse<String> unknown = send("PUT", path, FakeCrm.ACME_KEY, "application/json",
                "{\"connector\": \"salesforce\", \"instance_url\": \"https://acme.example\", \"secret\": \"x\"}");
        HttpResponse<String> noUrl = send("PUT", path, FakeCrm.ACME_KEY, "application/json",
                "{\"connector\": \"salesforce\", \"instance_url\": \"ftp:nowhere\"}");
        HttpResponse<String> settings = send("PUT", path, FakeCrm.ACME_KEY, "application/json",
                "{\"connector\": \"salesforce\", \"instance_url\": \"https://acme.example\","
                        + " \"settings\": {\"colour\": \"red\"}}");
        HttpResponse<String> yaml = send("PUT", path, FakeCrm.ACME_KEY, "application/yaml", "connector: salesforce");

        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(body(unknown).get("detail").asText()).contains("unknown members [secret]");
        assertThat(noUrl.statusCode()).isEqualTo(400);
        assertThat(body(noUrl).get("detail").asText()).contains("'instance_url' must be an absolute http(s) URL");
        assertThat(settings.statusCode()).isEqualTo(400);
        assertThat(body(settings).get("detail").asText()).contains("'grant' is required", "'colour'");
        assertThat(yaml.statusCode()).isEqualTo(415);
        assertThat(get("/connections/sf-cc").statusCode()).isEqualTo(404);
    }
}
