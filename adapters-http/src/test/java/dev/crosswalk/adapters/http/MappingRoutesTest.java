package dev.crosswalk.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.core.port.in.OverrideLevel;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MappingRoutesTest extends ApiTest {

    private static final String CONTACT = "/unified/crm/mappings/contact";
    private static final String OVERRIDE = "response:\n  title: Title\n  lifetime_value: LTV_Score__c\n";

    @Test
    void showsTheConnectorsMappingAndNoOverridesAtFirst() throws Exception {
        JsonNode state = okBody(get(CONTACT + ACME));

        assertThat(state.get("object").asText()).isEqualTo("contact");
        assertThat(state.get("connector").get("document").asText()).isEqualTo(FakeCrm.CONNECTOR_CONTACT_MAPPING);
        assertThat(state.get("tenant").isNull()).isTrue();
        assertThat(state.get("connection").isNull()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/yaml", "text/yaml; charset=utf-8", "Application/YAML",
            "application/json;charset=\"UTF-8\""})
    void setsAConnectionOverrideByDefaultFromYamlOrJson(String contentType) throws Exception {
        JsonNode stored = okBody(send("PUT", CONTACT + ACME, FakeCrm.ACME_KEY, contentType, OVERRIDE));

        assertThat(stored.get("object").asText()).isEqualTo("contact");
        assertThat(stored.get("level").asText()).isEqualTo("connection");
        assertThat(stored.get("version").asInt()).isEqualTo(1);
        assertThat(stored.get("created_at").asText()).isEqualTo("2025-01-01T00:00:00Z");
        assertThat(stored.get("removed").asBoolean()).isFalse();
        assertThat(stored.get("document").asText()).isEqualTo(OVERRIDE);
        assertThat(crm.lastLevel()).isEqualTo(OverrideLevel.CONNECTION);
        assertThat(crm.lastDocument()).isEqualTo(OVERRIDE);
    }

    @Test
    void setsATenantOverrideAndShowsBothLayers() throws Exception {
        okBody(send("PUT", CONTACT + ACME + "&level=tenant", FakeCrm.ACME_KEY, "application/yaml", OVERRIDE));
        okBody(send("PUT", CONTACT + ACME, FakeCrm.ACME_KEY, "application/json", "{\"response\": {\"title\": \"Title\"}}"));

        JsonNode state = okBody(get(CONTACT + ACME));

        assertThat(state.get("tenant").get("level").asText()).isEqualTo("tenant");
        assertThat(state.get("tenant").get("document").asText()).isEqualTo(OVERRIDE);
        assertThat(state.get("connection").get("level").asText()).isEqualTo("connection");
        assertThat(state.get("connection").get("version").asInt()).isEqualTo(1);
    }

    @Test
    void refusesAnInvalidOverrideListingEveryProblem() throws Exception {
        String document = "response:\n  title: Bogus__c\n  name: Bogus__c\n";

        JsonNode problem = assertProblem(send("PUT", CONTACT + ACME, FakeCrm.ACME_KEY, "application/yaml", document),
                422, "mapping-rejected");

        assertThat(problem.get("problems")).extracting(JsonNode::asText).containsExactly(
                "override:2:10: no field 'Bogus__c' on Contact", "override:3:9: no field 'Bogus__c' on Contact");
    }

    @Test
    void answersConflictWhenAnotherWriterChangedTheLayer() throws Exception {
        assertProblem(send("PUT", CONTACT + ACME, FakeCrm.ACME_KEY, "application/yaml", "# CONFLICT\n"), 409,
                "override-conflict");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "application/yaml; charset=latin1"})
    void refusesAnOverrideOfAnotherMediaType(String contentType) throws Exception {
        JsonNode problem = assertProblem(send("PUT", CONTACT + ACME, FakeCrm.ACME_KEY, contentType, OVERRIDE), 415,
                "unsupported-media-type");

        assertThat(problem.get("detail").asText()).contains("application/yaml");
        assertThat(crm.lastDocument()).isNull();
    }

    @Test
    void refusesAnOverrideWithoutAMediaTypeOrBody() throws Exception {
        assertProblem(send("PUT", CONTACT + ACME, FakeCrm.ACME_KEY, null, OVERRIDE), 415, "unsupported-media-type");
        assertThat(assertProblem(send("PUT", CONTACT + ACME, FakeCrm.ACME_KEY, "application/yaml", " \n"), 400,
                "invalid-request").get("detail").asText()).contains("empty");
    }

    @Test
    void refusesABodyThatIsNotUtf8() throws Exception {
        RawResponse response = raw("PUT " + CONTACT + ACME + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                + FakeCrm.ACME_KEY + "\r\nContent-Type: application/yaml\r\nContent-Length: 2\r\nConnection: close"
                + "\r\n\r\n", false, new byte[] {(byte) 0xC3, (byte) 0x28});

        assertThat(assertRawProblem(response, 400, "invalid-request", null).get("detail").asText()).contains("UTF-8");
    }

    @Test
    void validatesWithoutStoring() throws Exception {
        JsonNode valid = okBody(send("POST", CONTACT + "/validate" + ACME, FakeCrm.ACME_KEY, "text/yaml", OVERRIDE));
        JsonNode invalid = okBody(send("POST", CONTACT + "/validate" + ACME, FakeCrm.ACME_KEY, "text/yaml",
                "response:\n  title: Bogus__c\n"));

        assertThat(valid.get("valid").asBoolean()).isTrue();
        assertThat(valid.get("problems")).isEmpty();
        assertThat(invalid.get("valid").asBoolean()).isFalse();
        assertThat(invalid.get("problems").get(0).asText()).startsWith("override:2:10:");
        assertThat(okBody(get(CONTACT + ACME)).get("connection").isNull()).isTrue();
    }

    @Test
    void removesAnOverrideAsANewVersionAndRefusesToRemoveNone() throws Exception {
        assertProblem(send("DELETE", CONTACT + ACME, FakeCrm.ACME_KEY, null, null), 404, "no-such-override");
        okBody(send("PUT", CONTACT + ACME, FakeCrm.ACME_KEY, "application/yaml", OVERRIDE));

        JsonNode removed = okBody(send("DELETE", CONTACT + ACME, FakeCrm.ACME_KEY, null, null));

        assertThat(removed.get("version").asInt()).isEqualTo(2);
        assertThat(removed.get("removed").asBoolean()).isTrue();
        assertThat(removed.get("document").isNull()).isTrue();
    }

    @Test
    void listsEveryVersionNewestFirst() throws Exception {
        okBody(send("PUT", CONTACT + ACME + "&level=tenant", FakeCrm.ACME_KEY, "application/yaml", "a: 1\n"));
        okBody(send("PUT", CONTACT + ACME + "&level=tenant", FakeCrm.ACME_KEY, "application/yaml", "a: 2\n"));

        JsonNode versions = okBody(get(CONTACT + "/versions" + ACME + "&level=tenant"));

        assertThat(versions.get("results")).extracting(version -> version.get("version").asInt()).containsExactly(2, 1);
        assertThat(versions.get("next_cursor").isNull()).isTrue();
        assertThat(okBody(get(CONTACT + "/versions" + ACME)).get("results")).isEmpty();
    }

    @Test
    void restoresAVersionNamedInTheBodyOrTheQuery() throws Exception {
        okBody(send("PUT", CONTACT + ACME, FakeCrm.ACME_KEY, "application/yaml", "a: 1\n"));
        okBody(send("PUT", CONTACT + ACME, FakeCrm.ACME_KEY, "application/yaml", "a: 2\n"));

        JsonNode fromBody = okBody(send("POST", CONTACT + "/restore" + ACME, FakeCrm.ACME_KEY, "application/json",
                "{\"version\": 1}"));
        JsonNode fromQuery = okBody(send("POST", CONTACT + "/restore" + ACME + "&version=2", FakeCrm.ACME_KEY, null,
                null));

        assertThat(fromBody.get("version").asInt()).isEqualTo(3);
        assertThat(fromBody.get("document").asText()).isEqualTo("a: 1\n");
        assertThat(fromQuery.get("version").asInt()).isEqualTo(4);
        assertThat(fromQuery.get("document").asText()).isEqualTo("a: 2\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"version\": 0}", "{\"version\": \"1\"}", "{\"version\": 1.5}",
            "{\"version\": 1, \"level\": \"tenant\"}", "[1]", "not json"})
    void refusesARestoreBodyThatIsNotOneVersionNumber(String body) throws Exception {
        assertProblem(send("POST", CONTACT + "/restore" + ACME, FakeCrm.ACME_KEY, "application/json", body), 400,
                "invalid-request");
    }

    @Test
    void refusesARestoreThatNamesNoVersionOrTwoDifferentOnes() throws Exception {
        assertThat(assertProblem(send("POST", CONTACT + "/restore" + ACME, FakeCrm.ACME_KEY, null, null), 400,
                "invalid-request").get("detail").asText()).contains("which version");
        assertProblem(send("POST", CONTACT + "/restore" + ACME + "&version=2", FakeCrm.ACME_KEY, "application/json",
                "{\"version\": 1}"), 400, "invalid-request");
        assertProblem(send("POST", CONTACT + "/restore" + ACME + "&version=first", FakeCrm.ACME_KEY, null, null), 400,
                "invalid-request");
        assertProblem(send("POST", CONTACT + "/restore" + ACME, FakeCrm.ACME_KEY, "text/yaml", "version: 1"), 415,
                "unsupported-media-type");
    }

    @Test
    void answersNoSuchOverrideForAVersionThatDoesNotExist() throws Exception {
        assertProblem(send("POST", CONTACT + "/restore" + ACME + "&version=7", FakeCrm.ACME_KEY, null, null), 404,
                "no-such-override");
    }

    @Test
    void refusesAnUnknownLevelNamingTheValidOnes() throws Exception {
        JsonNode problem = assertProblem(send("PUT", CONTACT + ACME + "&level=global", FakeCrm.ACME_KEY,
                "application/yaml", OVERRIDE), 400, "invalid-request");

        assertThat(problem.get("valid_values")).extracting(JsonNode::asText).containsExactly("connection", "tenant");
    }

    @Test
    void answersNotFoundForAnObjectThatIsNotUnified() throws Exception {
        JsonNode problem = assertProblem(get("/unified/crm/mappings/contacts" + ACME), 404, "no-such-unified-object");

        assertThat(problem.get("valid_values")).extracting(JsonNode::asText)
                .containsExactly("contact", "account", "opportunity");
    }

    @Test
    void takesTheLevelOnlyWhereItMatters() throws Exception {
        HttpResponse<String> response = get(CONTACT + ACME + "&level=tenant");

        assertProblem(response, 400, "invalid-request");
        okBody(send("POST", CONTACT + "/validate" + ACME + "&level=tenant", FakeCrm.ACME_KEY, "text/yaml", OVERRIDE));
        assertThat(crm.lastLevel()).as("a tenant-wide draft is checked as one").isEqualTo(OverrideLevel.TENANT);
    }

    @Test
    void changesOnlyTheVersionIfMatchNamesAndTagsTheVersionsWithIt() throws Exception {
        HttpResponse<String> none = get(CONTACT + "/versions" + ACME);
        assertThat(none.headers().firstValue("ETag")).contains("\"0\"");
        okBody(sendIfMatch("PUT", CONTACT + ACME, "\"0\"", OVERRIDE));
        assertThat(get(CONTACT + "/versions" + ACME).headers().firstValue("ETag")).contains("\"1\"");

        HttpResponse<String> stale = sendIfMatch("PUT", CONTACT + ACME, "\"0\"", OVERRIDE);
        assertProblem(stale, 412, "precondition-failed");
        assertThat(body(stale).get("detail").asText()).contains("version 1");
        assertProblem(sendIfMatch("DELETE", CONTACT + ACME, "\"7\"", null), 412, "precondition-failed");
        assertProblem(sendIfMatch("PUT", CONTACT + ACME, "yesterday", OVERRIDE), 400, "invalid-request");
        okBody(sendIfMatch("DELETE", CONTACT + ACME, "\"1\"", null));
        okBody(sendIfMatch("PUT", CONTACT + ACME, "*", OVERRIDE));
    }

    private HttpResponse<String> sendIfMatch(String method, String pathAndQuery, String ifMatch, String body)
            throws Exception {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + server.port() + pathAndQuery))
                .header("Authorization", "Bearer " + FakeCrm.ACME_KEY).header("If-Match", ifMatch)
                .method(method, body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/yaml");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void managesOnlyTheKeyTenantsOverrides() throws Exception {
        assertProblem(send("PUT", CONTACT + "?connection_id=other-sf", FakeCrm.ACME_KEY, "application/yaml",
                OVERRIDE), 404, "connection-not-found");
        assertThat(crm.lastConnection().tenant()).isEqualTo(FakeCrm.ACME);
    }
}
