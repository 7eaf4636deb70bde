package dev.crosswalk.clientcompat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.emulator.support.RecordedRequest;
import dev.crosswalk.testkit.junit.SalesforceEmulatorExtension;
import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** jsforce's OAuth 2.0 refresh_token flow against the emulator's token endpoint. */
class OAuthRefreshIT {

    private static final String TOKEN_PATH = "/services/oauth2/token";

    @RegisterExtension
    static final SalesforceEmulatorExtension SALESFORCE =
            SalesforceEmulatorExtension.builder().seed(42L).accounts(5).contacts(20).build();

    @BeforeEach
    void forgetEarlierRequests(SalesforceEmulator emulator) {
        emulator.requestLog().clear();
    }

    @Test
    void obtainsAnAccessTokenFromTheRefreshTokenAlone(SalesforceEmulator emulator) {
        JsonNode result = NodeScenario.run(emulator, "oauth-refresh.mjs");

        assertThat(result.path("refreshEvents").asInt()).isEqualTo(1);
        assertThat(result.path("accessToken").asText()).isNotBlank();
        assertThat(result.path("instanceUrl").asText()).isEqualTo(emulator.baseUrl().toString());
        assertThat(result.path("firstIds")).hasSize(3);
        assertThat(result.path("secondSize").asInt()).isEqualTo(1);
        JsonNode userInfo = result.path("userInfo");
        assertThat(userInfo.path("organizationId").asText()).isEqualTo(emulator.credentials().organizationId());
        assertThat(userInfo.path("url").asText())
                .isEqualTo(emulator.baseUrl() + "/id/" + userInfo.path("organizationId").asText() + "/"
                        + userInfo.path("id").asText());
        // Without an access token jsforce sends the first call bare, takes the 401 as its cue to refresh, then repeats it.
        assertThat(calls()).containsExactly("GET query 401", "POST token 200", "GET query 200", "GET query 200");
    }

    @Test
    void refreshesTransparentlyWhenItsAccessTokenHasExpired(SalesforceEmulator emulator) {
        String staleToken = NodeScenario.run(emulator, "oauth-refresh.mjs").path("accessToken").asText();
        emulator.expireAccessTokens();
        emulator.requestLog().clear();

        JsonNode result = NodeScenario.run(emulator, "oauth-refresh.mjs", Map.of("SF_ACCESS_TOKEN", staleToken));

        assertThat(result.path("refreshEvents").asInt()).isEqualTo(1);
        assertThat(result.path("accessToken").asText()).isNotBlank().isNotEqualTo(staleToken);
        assertThat(result.path("firstIds")).hasSize(3);
        assertThat(result.path("secondSize").asInt()).isEqualTo(1);
        assertThat(calls()).containsExactly("GET query 401", "POST token 200", "GET query 200", "GET query 200");
    }

    @Test
    void keepsAStillValidAccessTokenWithoutRefreshing(SalesforceEmulator emulator) {
        String token = NodeScenario.run(emulator, "oauth-refresh.mjs").path("accessToken").asText();
        emulator.requestLog().clear();

        JsonNode result = NodeScenario.run(emulator, "oauth-refresh.mjs", Map.of("SF_ACCESS_TOKEN", token));

        assertThat(result.path("refreshEvents").asInt()).isZero();
        assertThat(result.path("accessToken").asText()).isEqualTo(token);
        assertThat(emulator.requestLog().count("POST", TOKEN_PATH)).isZero();
        assertThat(emulator.requestLog().requests()).extracting(RecordedRequest::status).containsOnly(200);
    }

    private static List<String> calls() {
        return SALESFORCE.emulator().requestLog().requests().stream()
                .map(r -> r.method() + " " + r.path().substring(r.path().lastIndexOf('/') + 1) + " " + r.status())
                .toList();
    }
}
