package dev.crosswalk.testkit.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.crosswalk.emulator.support.MutableClock;
import dev.crosswalk.testkit.salesforce.http.Json;
import dev.crosswalk.testkit.salesforce.rest.OAuthEndpoints;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JwtBearerFlowTest {

    private static final KeyPair CERTIFICATE_KEYS = rsa();
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));

    @AutoClose
    static final SalesforceEmulator SF = SalesforceEmulator.builder()
            .jwtPublicKey(CERTIFICATE_KEYS.getPublic()).clock(CLOCK).contacts(2).start();

    private SalesforceHttp http;
    private EmulatorCredentials app;

    @BeforeEach
    void client() {
        http = new SalesforceHttp(SF);
        app = SF.credentials();
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String assertion(KeyPair keys, String audience, Instant expiry, String subject) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(app.clientId()).subject(subject).audience(audience)
                .expirationTime(Date.from(expiry)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner(keys.getPrivate()));
        return jwt.serialize();
    }

    private HttpResponse<String> login(String assertion) {
        return http.form("/services/oauth2/token", Map.of("grant_type", OAuthEndpoints.JWT_BEARER, "assertion", assertion));
    }

    @Test
    void signedAssertionForTheUserYieldsAnAccessTokenWithoutRefreshToken() throws Exception {
        HttpResponse<String> response = login(assertion(CERTIFICATE_KEYS, SF.baseUrl().toString(),
                CLOCK.instant().plus(Duration.ofMinutes(3)), app.username()));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = SalesforceHttp.json(response);
        assertThat(JsonShape.fieldNames(body)).containsExactly("access_token", "scope", "instance_url", "id", "token_type");
        assertThat(http.query("SELECT Id FROM Account", body.get("access_token").asText()).statusCode()).isEqualTo(200);
    }

    @Test
    void loginSalesforceComIsAnAcceptedAudience() throws Exception {
        HttpResponse<String> response = login(assertion(CERTIFICATE_KEYS, "https://login.salesforce.com",
                CLOCK.instant().plus(Duration.ofMinutes(3)), app.username()));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void assertionSignedWithAnotherKeyIsInvalid() throws Exception {
        JsonNode body = SalesforceHttp.json(login(assertion(rsa(), SF.baseUrl().toString(),
                CLOCK.instant().plus(Duration.ofMinutes(3)), app.username())));

        assertThat(body.get("error").asText()).isEqualTo("invalid_grant");
        assertThat(body.get("error_description").asText()).isEqualTo("invalid assertion");
    }

    @Test
    void wrongAudienceFailsAudienceValidation() throws Exception {
        HttpResponse<String> response = login(assertion(CERTIFICATE_KEYS, "https://example.com",
                CLOCK.instant().plus(Duration.ofMinutes(3)), app.username()));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(SalesforceHttp.json(response)).isEqualTo(Json.object().put("error", "invalid_grant")
                .put("error_description", "Audience validation failed"));
    }

    @Test
    void expiredAssertionIsRefused() throws Exception {
        HttpResponse<String> response = login(assertion(CERTIFICATE_KEYS, SF.baseUrl().toString(),
                CLOCK.instant().minusSeconds(1), app.username()));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(SalesforceHttp.json(response)).isEqualTo(Json.object().put("error", "invalid_grant")
                .put("error_description", "expired authorization code"));
    }

    @Test
    void assertionExpiringFarInTheFutureIsRefused() throws Exception {
        HttpResponse<String> response = login(assertion(CERTIFICATE_KEYS, SF.baseUrl().toString(),
                CLOCK.instant().plus(Duration.ofHours(1)), app.username()));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(SalesforceHttp.json(response).get("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void unknownUserHasNotApprovedTheConsumer() throws Exception {
        JsonNode body = SalesforceHttp.json(login(assertion(CERTIFICATE_KEYS, SF.baseUrl().toString(),
                CLOCK.instant().plus(Duration.ofMinutes(3)), "nobody@example.com")));

        assertThat(body.get("error_description").asText()).isEqualTo("user hasn't approved this consumer");
    }
}
