package dev.crosswalk.emulator.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.emulator.support.MutableClock;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthAndLimitsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));
    private HubSpotEmulator emulator;
    private HubSpotCredentials app;
    private Http anonymous;

    @BeforeEach
    void start() {
        emulator = HubSpotEmulator.builder().clock(clock).burstLimit(5).dailyLimit(1_000).contacts(3).companies(1).deals(1).start();
        app = emulator.credentials();
        anonymous = new Http(emulator.baseUrl(), null);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private Http.Answer refresh(String refreshToken) {
        return anonymous.form("/oauth/v1/token", "grant_type=refresh_token&client_id=" + app.clientId() + "&client_secret="
                + app.clientSecret() + "&refresh_token=" + refreshToken);
    }

    @Test
    void refreshesAnAccessTokenThatWorksUntilItExpires() {
        Http.Answer token = refresh(app.refreshToken());
        assertThat(token.status()).isEqualTo(200);
        assertThat(token.json().path("token_type").asText()).isEqualTo("bearer");
        assertThat(token.json().path("expires_in").asInt()).isEqualTo(1800);
        assertThat(token.json().path("refresh_token").asText()).isEqualTo(app.refreshToken());
        Http oauth = anonymous.as(token.json().path("access_token").asText());
        Http.Answer ok = oauth.get("/crm/v3/objects/contacts");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.header("X-HubSpot-RateLimit-Max")).isEqualTo("5");
        assertThat(ok.header("X-HubSpot-RateLimit-Daily")).as("OAuth calls have no daily limit").isNull();

        clock.advance(Duration.ofMinutes(31));
        Http.Answer expired = oauth.get("/crm/v3/objects/contacts");
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.json().path("category").asText()).isEqualTo("EXPIRED_AUTHENTICATION");
        assertThat(emulator.tokenGrants()).containsEntry("refresh_token", 1);
    }

    @Test
    void expiresEveryIssuedTokenOnDemand() {
        Http oauth = anonymous.as(refresh(app.refreshToken()).json().path("access_token").asText());
        emulator.expireAccessTokens();
        assertThat(oauth.get("/crm/v3/objects/contacts").json().path("category").asText()).isEqualTo("EXPIRED_AUTHENTICATION");
    }

    @Test
    void refusesUnknownTokensAndMissingOnes() {
        Http.Answer unknown = anonymous.as("not-a-token").get("/crm/v3/objects/contacts");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.json().path("category").asText()).isEqualTo("INVALID_AUTHENTICATION");
        assertThat(unknown.json().path("status").asText()).isEqualTo("error");
        assertThat(anonymous.get("/crm/v3/properties/contacts").status()).isEqualTo(401);
    }

    @Test
    void refusesABadOrRevokedRefreshTokenAndABadClient() {
        Http.Answer bad = refresh("nope");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("status").asText()).isEqualTo("BAD_REFRESH_TOKEN");
        assertThat(bad.json().path("error").asText()).isEqualTo("invalid_grant");

        assertThat(emulator.revokeRefreshToken(app.refreshToken())).isTrue();
        assertThat(refresh(app.refreshToken()).json().path("status").asText()).isEqualTo("BAD_REFRESH_TOKEN");

        Http.Answer client = anonymous.form("/oauth/v1/token", "grant_type=refresh_token&client_id=someone&client_secret=x&refresh_token=y");
        assertThat(client.status()).isEqualTo(400);
        assertThat(client.json().path("error").asText()).isEqualTo("invalid_client");
    }

    @Test
    void exchangesAnAuthorizationCodeWithPkceOnce() throws Exception {
        String verifier = "a-verifier-of-enough-length-for-pkce-0123456789";
        String challenge = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String redirect = URLEncoder.encode(app.redirectUri(), StandardCharsets.UTF_8);
        assertThat(anonymous.get("/oauth/authorize?client_id=" + app.clientId() + "&redirect_uri=" + redirect).response().body())
                .contains(Long.toString(app.hubId()));
        Http.Answer consent = anonymous.form("/oauth/authorize", "client_id=" + app.clientId() + "&redirect_uri=" + redirect
                + "&state=s1&code_challenge=" + challenge + "&hub_id=" + app.hubId());
        assertThat(consent.status()).isEqualTo(302);
        String location = consent.header("Location");
        assertThat(location).startsWith(app.redirectUri() + "?code=").endsWith("&state=s1");
        String code = location.substring(location.indexOf("code=") + 5, location.indexOf('&'));
        String exchange = "grant_type=authorization_code&client_id=" + app.clientId() + "&client_secret=" + app.clientSecret()
                + "&redirect_uri=" + redirect + "&code=" + code + "&code_verifier=";
        Http.Answer token = anonymous.form("/oauth/v1/token", exchange + verifier);
        assertThat(token.status()).isEqualTo(200);
        String refreshToken = token.json().path("refresh_token").asText();
        assertThat(refreshToken).isNotEqualTo(app.refreshToken());
        assertThat(anonymous.form("/oauth/v1/token", exchange + verifier).json().path("status").asText()).isEqualTo("BAD_AUTH_CODE");

        JsonNode info = anonymous.get("/oauth/v1/access-tokens/" + token.json().path("access_token").asText()).json();
        assertThat(info.path("hub_id").asLong()).isEqualTo(app.hubId());
        assertThat(info.path("expires_in").asInt()).isEqualTo(1800);
        assertThat(anonymous.delete("/oauth/v1/refresh-tokens/" + refreshToken).status()).isEqualTo(204);
        assertThat(refresh(refreshToken).status()).isEqualTo(400);
        assertThat(emulator.tokenGrants()).containsEntry("authorization_code", 2);
    }

    @Test
    void answers429OnceTheTenSecondWindowIsSpentAndAgainAfterIt() {
        Http pat = anonymous.as(app.privateAppToken());
        for (int i = 0; i < 5; i++) {
            Http.Answer ok = pat.get("/crm/v3/objects/companies");
            assertThat(ok.status()).isEqualTo(200);
            assertThat(ok.header("X-HubSpot-RateLimit-Remaining")).isEqualTo(Integer.toString(4 - i));
            assertThat(ok.header("X-HubSpot-RateLimit-Interval-Milliseconds")).isEqualTo("10000");
            assertThat(ok.header("X-HubSpot-RateLimit-Daily-Remaining")).isEqualTo(Integer.toString(999 - i));
        }
        clock.advance(Duration.ofSeconds(4));
        Http.Answer refused = pat.get("/crm/v3/objects/companies");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().path("policyName").asText()).isEqualTo("TEN_SECONDLY_ROLLING");
        assertThat(refused.json().path("correlationId").asText()).isNotEmpty();
        assertThat(refused.header("Retry-After")).isEqualTo("6");
        clock.advance(Duration.ofSeconds(6));
        assertThat(pat.get("/crm/v3/objects/companies").status()).isEqualTo(200);
    }

    @Test
    void injectsFaultsWithHubSpotBodiesAndCountsRequestsPerRoute() {
        Http pat = anonymous.as(app.privateAppToken());
        emulator.faults().add(HubSpotFault.status(503).onRoute("GET", "/crm/v3/objects/.*").times(1));
        Http.Answer failed = pat.get("/crm/v3/objects/deals");
        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.json().path("category").asText()).isEqualTo("INTERNAL_ERROR");
        assertThat(pat.get("/crm/v3/objects/deals").status()).isEqualTo(200);
        emulator.faults().add(HubSpotFault.rateLimitSpent().times(1));
        assertThat(pat.get("/crm/v3/objects/deals").json().path("policyName").asText()).isEqualTo("TEN_SECONDLY_ROLLING");
        assertThat(emulator.requestCounts()).containsEntry("GET /crm/v3/objects/(?<type>[^/]+)", 3);
        assertThat(emulator.faults().injected()).isEqualTo(2);
    }
}
