package dev.crosswalk.testkit.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.testkit.salesforce.http.Call;
import dev.crosswalk.testkit.salesforce.rest.OAuthEndpoints;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthorizationCodeFlowTest {

    private static final String CALLBACK = "http://localhost:8080/callback";
    private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-a-long-enough-verifier-0123456789";

    @AutoClose
    static final SalesforceEmulator SF = SalesforceEmulator.builder().callbackUrls(CALLBACK).contacts(2).start();

    private SalesforceHttp http;
    private EmulatorCredentials app;

    @BeforeEach
    void client() {
        http = new SalesforceHttp(SF);
        app = SF.credentials();
    }

    private HttpResponse<String> authorize(String extra) {
        return http.get("/services/oauth2/authorize?response_type=code&client_id=" + SalesforceHttp.enc(app.clientId())
                + "&redirect_uri=" + SalesforceHttp.enc(CALLBACK) + extra, null);
    }

    /** Submits the consent page's form the way a browser would, returning the redirect. */
    private HttpResponse<String> answer(HttpResponse<String> consentPage, String decision) {
        Matcher requestId = Pattern.compile("name=\"request_id\" value=\"([^\"]+)\"").matcher(consentPage.body());
        assertThat(requestId.find()).isTrue();
        return http.form("/services/oauth2/authorize", Map.of("request_id", requestId.group(1), "decision", decision));
    }

    private static Map<String, String> redirectParams(HttpResponse<String> redirect) {
        assertThat(redirect.statusCode()).isEqualTo(302);
        URI location = URI.create(redirect.headers().firstValue("Location").orElseThrow());
        assertThat(location.toString()).startsWith(CALLBACK + "?");
        return Call.parseForm(location.getRawQuery());
    }

    private HttpResponse<String> exchange(String code, String verifier) {
        java.util.Map<String, String> form = new java.util.HashMap<>(Map.of("grant_type", "authorization_code", "code", code,
                "client_id", app.clientId(), "client_secret", app.clientSecret(), "redirect_uri", CALLBACK));
        if (verifier != null) {
            form.put("code_verifier", verifier);
        }
        return http.form("/services/oauth2/token", form);
    }

    private String codeFor(String challengeParams) {
        HttpResponse<String> page = authorize("&state=xyz" + challengeParams);
        return redirectParams(answer(page, "allow")).get("code");
    }

    @Test
    void authorizationCodeWithPkceThroughTheConsentPageYieldsWorkingTokens() {
        HttpResponse<String> page = authorize("&scope=api%20refresh_token&state=s-123&code_challenge="
                + OAuthEndpoints.s256(VERIFIER) + "&code_challenge_method=S256");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(page.body()).contains("Allow");

        Map<String, String> callback = redirectParams(answer(page, "allow"));
        assertThat(callback.get("state")).isEqualTo("s-123");
        HttpResponse<String> tokens = exchange(callback.get("code"), VERIFIER);

        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        JsonNode body = SalesforceHttp.json(tokens);
        assertThat(JsonShape.fieldNames(body)).containsExactly("access_token", "refresh_token", "signature", "scope",
                "instance_url", "id", "token_type", "issued_at");
        assertThat(body.has("expires_in")).isFalse();
        assertThat(http.query("SELECT Id FROM Contact", body.get("access_token").asText()).statusCode()).isEqualTo(200);
        HttpResponse<String> refreshed = http.form("/services/oauth2/token", Map.of("grant_type", "refresh_token",
                "client_id", app.clientId(), "client_secret", app.clientSecret(), "refresh_token", body.get("refresh_token").asText()));
        assertThat(refreshed.statusCode()).isEqualTo(200);
    }

    @Test
    void openidScopeAddsASignedIdTokenVerifiableWithThePublishedKeys() throws Exception {
        HttpResponse<String> page = authorize("&scope=openid%20api&nonce=n-42&state=s");
        JsonNode tokens = SalesforceHttp.json(exchange(redirectParams(answer(page, "allow")).get("code"), null));

        com.nimbusds.jwt.SignedJWT idToken = com.nimbusds.jwt.SignedJWT.parse(tokens.get("id_token").asText());
        JsonNode discovery = SalesforceHttp.json(http.get("/.well-known/openid-configuration", null));
        com.nimbusds.jose.jwk.JWKSet keys = com.nimbusds.jose.jwk.JWKSet.parse(http.get(
                java.net.URI.create(discovery.get("jwks_uri").asText()).getPath(), null).body());
        com.nimbusds.jose.jwk.RSAKey key = (com.nimbusds.jose.jwk.RSAKey) keys.getKeyByKeyId(idToken.getHeader().getKeyID());

        assertThat(idToken.verify(new com.nimbusds.jose.crypto.RSASSAVerifier(key))).isTrue();
        assertThat(idToken.getJWTClaimsSet().getAudience()).containsExactly(app.clientId());
        assertThat(idToken.getJWTClaimsSet().getStringClaim("nonce")).isEqualTo("n-42");
        assertThat(idToken.getJWTClaimsSet().getSubject()).isEqualTo(tokens.get("id").asText());
        JsonNode userinfo = SalesforceHttp.json(http.get("/services/oauth2/userinfo", tokens.get("access_token").asText()));
        assertThat(userinfo.get("preferred_username").asText()).isEqualTo(app.username());
        assertThat(discovery.get("issuer").asText()).isEqualTo(SF.baseUrl().toString());
    }

    @Test
    void wrongCodeVerifierIsInvalidRequestAndMissingOneIsInvalidGrant() {
        String challenge = "&code_challenge=" + OAuthEndpoints.s256(VERIFIER);

        JsonNode wrong = SalesforceHttp.json(exchange(codeFor(challenge), VERIFIER + "x"));
        JsonNode missing = SalesforceHttp.json(exchange(codeFor(challenge), null));

        assertThat(wrong.get("error").asText()).isEqualTo("invalid_request");
        assertThat(missing.get("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void aCodeWorksOnlyOnce() {
        String code = codeFor("");

        assertThat(exchange(code, null).statusCode()).isEqualTo(200);
        HttpResponse<String> again = exchange(code, null);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(SalesforceHttp.json(again).get("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void denyingRedirectsWithAccessDeniedAndTheState() {
        Map<String, String> callback = redirectParams(answer(authorize("&state=abc"), "deny"));

        assertThat(callback).containsEntry("error", "access_denied").containsEntry("state", "abc").doesNotContainKey("code");
    }

    @Test
    void unregisteredCallbackIsRefusedWithoutRedirect() {
        HttpResponse<String> response = http.get("/services/oauth2/authorize?response_type=code&client_id="
                + SalesforceHttp.enc(app.clientId()) + "&redirect_uri=" + SalesforceHttp.enc("https://evil.example/cb"), null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.body()).contains("redirect_uri_mismatch");
    }

    @Test
    void appNotInstalledInTheOrgIsBlockedAtAuthorizeAndToken() {
        try (SalesforceEmulator blocked = SalesforceEmulator.builder().connectedAppInstalled(false).contacts(1).start()) {
            SalesforceHttp client = new SalesforceHttp(blocked);
            EmulatorCredentials credentials = blocked.credentials();
            HttpResponse<String> redirect = client.send(HttpRequest.newBuilder(client.uri("/services/oauth2/authorize?response_type=code"
                    + "&client_id=" + SalesforceHttp.enc(credentials.clientId()) + "&redirect_uri=" + SalesforceHttp.enc(CALLBACK)
                    + "&state=q")).GET().build());
            HttpResponse<String> token = client.form("/services/oauth2/token", Map.of("grant_type", "refresh_token",
                    "client_id", credentials.clientId(), "refresh_token", credentials.refreshToken()));

            assertThat(redirectParams(redirect)).containsEntry("error", "OAUTH_APP_BLOCKED").containsEntry("state", "q");
            assertThat(SalesforceHttp.json(token).get("error").asText()).isEqualTo("OAUTH_APP_BLOCKED");
        }
    }
}
