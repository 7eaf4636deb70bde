package dev.crosswalk.clientcompat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.emulator.support.RecordedRequest;
import dev.crosswalk.testkit.salesforce.RefreshTokenPolicy;
import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * jsforce's other OAuth 2.0 flows against the emulator: web server with PKCE, JWT bearer, client credentials,
 * revocation, and refresh-token rotation. Each test gets its own emulator, since some revoke or spend tokens.
 */
class OAuthFlowsIT {

    private static final String REDIRECT_URI = "http://localhost:1717/oauth2/callback";
    private static final String TOKEN_PATH = "/services/oauth2/token";

    private SalesforceEmulator emulator;

    @AfterEach
    void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }

    @Test
    void webServerFlowWithPkceRedeemsTheCodeOnce() {
        emulator = small().callbackUrls(REDIRECT_URI).start();

        JsonNode result = NodeScenario.run(emulator, "oauth-web-server.mjs", Map.of("SF_REDIRECT_URI", REDIRECT_URI));

        JsonNode params = result.path("authorizationParams");
        assertThat(params.path("response_type").asText()).isEqualTo("code");
        assertThat(params.path("code_challenge").asText()).matches("[A-Za-z0-9_-]{43}");
        assertThat(params.has("code_challenge_method")).as("jsforce never sends code_challenge_method").isFalse();
        assertThat(result.path("callback").path("state").asText()).isEqualTo("compat-state-1");
        assertThat(result.path("userInfo").path("organizationId").asText()).isEqualTo(emulator.credentials().organizationId());
        assertThat(result.path("instanceUrl").asText()).isEqualTo(emulator.baseUrl().toString());
        assertThat(result.path("hasAccessToken").asBoolean()).isTrue();
        assertThat(result.path("hasRefreshToken").asBoolean()).isTrue();
        assertThat(result.path("querySize").asInt()).isEqualTo(2);
        assertThat(result.path("refreshed").path("hasAccessToken").asBoolean()).isTrue();
        assertOAuthError(result.path("reusedCode"), "invalid_grant", "invalid authorization code");
        assertOAuthError(result.path("missingVerifier"), "invalid_grant", "invalid code verifier");
        assertThat(emulator.requestLog().requests())
                .filteredOn(r -> r.path().startsWith("/services/oauth2/"))
                .extracting(r -> r.method() + " " + r.path().substring("/services/oauth2/".length()) + " " + r.status())
                .containsExactly("GET authorize 200", "POST authorize 302", "POST token 200", "POST token 200",
                        "POST token 400", "GET authorize 200", "POST authorize 302", "POST token 400");
    }

    @Test
    void jwtBearerFlowIssuesAnAccessTokenWithoutRefreshToken() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        emulator = small().jwtPublicKey(keys.getPublic()).start();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";

        JsonNode result = NodeScenario.run(emulator, "oauth-jwt.mjs",
                Map.of("SF_JWT_PRIVATE_KEY", pem, "SF_USERNAME", emulator.credentials().username()));

        assertThat(result.path("userInfo").path("organizationId").asText()).isEqualTo(emulator.credentials().organizationId());
        assertThat(result.path("instanceUrl").asText()).isEqualTo(emulator.baseUrl().toString());
        assertThat(result.path("hasAccessToken").asBoolean()).isTrue();
        assertThat(result.path("refreshToken").isNull()).isTrue();
        assertThat(result.path("querySize").asInt()).isEqualTo(1);
        assertOAuthError(result.path("wrongAudience"), "invalid_grant", "Audience validation failed");
        assertThat(tokenStatuses()).containsExactly(200, 400);
    }

    @Test
    void clientCredentialsFlowIssuesAnAccessTokenWithoutRefreshToken() {
        emulator = small().start();

        JsonNode result = NodeScenario.run(emulator, "oauth-client-credentials.mjs");

        assertThat(result.path("userInfo").path("organizationId").asText()).isEqualTo(emulator.credentials().organizationId());
        assertThat(result.path("instanceUrl").asText()).isEqualTo(emulator.baseUrl().toString());
        assertThat(result.path("refreshToken").isNull()).isTrue();
        assertThat(result.path("querySize").asInt()).isEqualTo(1);
        assertThat(tokenStatuses()).containsExactly(200);
    }

    @Test
    void revokedTokensAreRefusedAndOAuthErrorsKeepTheirCode() {
        emulator = small().start();

        JsonNode result = NodeScenario.run(emulator, "oauth-revoke.mjs");

        assertOAuthError(result.path("wrongSecret"), "invalid_client", "invalid client credentials");
        assertThat(result.path("refreshEvents").asInt()).isEqualTo(1);
        assertThat(result.path("keptRefreshEvents").asInt()).as("a revoked access token is refreshed").isEqualTo(1);
        // jsforce wraps a failed transparent refresh in a plain Error that keeps the platform's description.
        assertThat(result.path("afterRevoke").path("failed").asBoolean()).isTrue();
        assertThat(result.path("afterRevoke").path("message").asText())
                .isEqualTo("Unable to refresh session due to: expired access/refresh token");
        assertThat(emulator.requestLog().requests()).filteredOn(r -> r.path().equals("/services/oauth2/revoke"))
                .extracting(RecordedRequest::status).containsExactly(200, 200);
        assertThat(tokenStatuses()).containsExactly(400, 200, 200, 400);
    }

    @Test
    void underRotationJsforceKeepsTheSpentRefreshTokenAndItsSecondRefreshFails() {
        emulator = small().refreshTokenPolicy(RefreshTokenPolicy.ROTATE).start();

        JsonNode result = NodeScenario.run(emulator, "oauth-rotation.mjs");

        assertThat(result.path("rotatedRefreshTokenIssued").asBoolean()).isTrue();
        assertThat(result.path("rotatedDiffers").asBoolean()).isTrue();
        assertThat(result.path("keptOriginal").asBoolean()).as("jsforce ignores a rotated refresh_token").isTrue();
        assertThat(result.path("secondRefresh").path("failed").asBoolean()).isTrue();
        assertThat(result.path("secondRefresh").path("message").asText()).contains("expired access/refresh token");
        assertThat(result.path("withRotatedToken").asInt()).isEqualTo(1);
        assertThat(tokenStatuses()).containsExactly(200, 400, 200);
    }

    private static SalesforceEmulator.Builder small() {
        return SalesforceEmulator.builder().port(0).seed(42L).accounts(5).contacts(20);
    }

    private List<Integer> tokenStatuses() {
        return emulator.requestLog().requests().stream()
                .filter(r -> r.path().equals(TOKEN_PATH))
                .map(RecordedRequest::status)
                .toList();
    }

    private static void assertOAuthError(JsonNode error, String name, String description) {
        assertThat(error.path("name").asText()).isEqualTo(name);
        assertThat(error.path("message").asText()).isEqualTo(description);
    }
}
