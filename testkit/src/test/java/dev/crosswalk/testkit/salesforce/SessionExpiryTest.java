package dev.crosswalk.testkit.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.emulator.support.MutableClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionExpiryTest {

    private static final String SOQL = "SELECT Id FROM Contact";

    @Test
    void missingTokenGetsTheRecordedInvalidSessionBody() {
        try (SalesforceEmulator emulator = SalesforceEmulator.builder().contacts(3).start()) {
            HttpResponse<String> response = new SalesforceHttp(emulator).query(SOQL, null);

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(SalesforceHttp.json(response)).isEqualTo(Fixtures.json("restforce/expired_session_response.json"));
        }
    }

    @Test
    void expireAccessTokensInvalidatesEveryIssuedTokenButNotTheRefreshToken() {
        try (SalesforceEmulator emulator = SalesforceEmulator.builder().contacts(3).start()) {
            SalesforceHttp http = new SalesforceHttp(emulator);
            String first = http.accessToken();
            String second = http.accessToken();

            emulator.expireAccessTokens();

            assertThat(http.query(SOQL, first).statusCode()).isEqualTo(401);
            assertThat(http.query(SOQL, second).statusCode()).isEqualTo(401);
            assertThat(http.query(SOQL, http.accessToken()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void accessTokenExpiresAfterItsLifetime() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        try (SalesforceEmulator emulator = SalesforceEmulator.builder().clock(clock)
                .accessTokenLifetime(Duration.ofMinutes(30)).contacts(3).start()) {
            SalesforceHttp http = new SalesforceHttp(emulator);
            String token = http.accessToken();

            clock.advance(Duration.ofMinutes(29));
            assertThat(http.query(SOQL, token).statusCode()).isEqualTo(200);
            clock.advance(Duration.ofMinutes(1));
            HttpResponse<String> expired = http.query(SOQL, token);

            assertThat(expired.statusCode()).isEqualTo(401);
            assertThat(SalesforceHttp.json(expired).get(0).get("errorCode").asText()).isEqualTo("INVALID_SESSION_ID");
        }
    }

    @Test
    void spentDailyAllowanceIsRequestLimitExceeded() {
        try (SalesforceEmulator emulator = SalesforceEmulator.builder().contacts(3).dailyApiRequests(2).start()) {
            SalesforceHttp http = new SalesforceHttp(emulator);
            String token = http.accessToken();

            assertThat(http.query(SOQL, token).headers().firstValue("Sforce-Limit-Info")).contains("api-usage=1/2");
            assertThat(http.query(SOQL, token).statusCode()).isEqualTo(200);
            HttpResponse<String> refused = http.query(SOQL, token);

            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(SalesforceHttp.json(refused).get(0).get("errorCode").asText()).isEqualTo("REQUEST_LIMIT_EXCEEDED");
            assertThat(SalesforceHttp.json(refused).get(0).get("message").asText()).isEqualTo("TotalRequests Limit exceeded.");
        }
    }
}
