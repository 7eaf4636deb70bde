package dev.crosswalk.connector.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.QuotaUsage;
import dev.crosswalk.core.domain.RecordQuery;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import dev.crosswalk.emulator.hubspot.HubSpotEmulator;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** OAuth and private-app connections through core's token machinery, against the emulator's token endpoint. */
class HubSpotTokensTest {

    private HubSpotEmulator emulator;

    @BeforeEach
    void start() {
        emulator = HubSpotEmulator.builder().port(0).seed(3).companies(5).contacts(20).deals(5).start();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void anOAuthConnectionRefreshesOnceAndKeepsItsExpiry() {
        try (HubSpotHost host = HubSpotHost.oauth(emulator)) {
            list(host);
            list(host);

            assertThat(emulator.tokenGrants()).containsEntry("refresh_token", 1);
            OAuthTokens stored = host.context.storedTokens().orElseThrow();
            assertThat(stored.expiresAt()).hasValueSatisfying(expiry -> assertThat(expiry)
                    .isBetween(Instant.now().plusSeconds(1700), Instant.now().plusSeconds(1801)));
            assertThat(stored.refresh()).map(Secret::reveal).contains(emulator.credentials().refreshToken());
        }
    }

    @Test
    void anAccessTokenHubSpotExpiredEarlyIsRefreshedAndTheCallSucceeds() {
        try (HubSpotHost host = HubSpotHost.oauth(emulator)) {
            list(host);
            emulator.expireAccessTokens();

            assertThat(list(host)).isNotZero();
            assertThat(emulator.tokenGrants()).containsEntry("refresh_token", 2);
        }
    }

    @Test
    void anUninstalledAppNeedsTheCustomerAgainAndHubSpotIsNotAskedTwice() {
        try (HubSpotHost host = HubSpotHost.oauth(emulator)) {
            emulator.revokeRefreshToken(emulator.credentials().refreshToken());

            assertThatThrownBy(() -> list(host)).isInstanceOf(CrmFailure.ReauthorizationRequired.class)
                    .hasMessageContaining("missing or unknown refresh token")
                    .hasMessageNotContaining(emulator.credentials().refreshToken());
            assertThatThrownBy(() -> list(host)).isInstanceOf(CrmFailure.ReauthorizationRequired.class);
            assertThat(emulator.tokenGrants()).containsEntry("refresh_token", 1);
        }
    }

    @Test
    void deletingAConnectionRevokesItsRefreshTokenAtHubSpot() {
        try (HubSpotHost host = HubSpotHost.oauth(emulator)) {
            host.connector.grants().orElseThrow().revoke(host.connection, host.context.storedTokens()
                    .orElseThrow());

            assertThatThrownBy(() -> list(host)).isInstanceOf(CrmFailure.ReauthorizationRequired.class);
        }
    }

    @Test
    void aPrivateAppTokenNeedsNoRefreshAndReportsTheDailyAllowance() {
        try (HubSpotHost host = HubSpotHost.privateApp(emulator)) {
            list(host);
            list(host);

            assertThat(emulator.tokenGrants()).doesNotContainKey("refresh_token");
            QuotaUsage usage = host.connector.quota().lastKnownUsage(host.connection).orElseThrow();
            assertThat(usage.window()).contains(Duration.ofDays(1));
            assertThat(usage.used()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void anOAuthConnectionReportsItsBurstWindow() {
        try (HubSpotHost host = HubSpotHost.oauth(emulator)) {
            list(host);

            QuotaUsage usage = host.connector.quota().lastKnownUsage(host.connection).orElseThrow();
            assertThat(usage.window()).contains(Duration.ofSeconds(10));
            assertThat(usage.used()).isPositive();
        }
    }

    @Test
    void aRefusedPrivateAppTokenTellsTheCustomerToCreateANewOne() {
        try (HubSpotHost host = HubSpotHost.privateApp(emulator)) {
            host.context.storeTokens(OAuthTokens.builder(Instant.now())
                    .accessToken(Secret.of("pat-na1-deleted")).build());

            assertThatThrownBy(() -> list(host)).isInstanceOf(CrmFailure.ReauthorizationRequired.class)
                    .hasMessageContaining("private-app token").hasMessageNotContaining("pat-na1-deleted");
            assertThat(emulator.tokenGrants()).doesNotContainKey("refresh_token");
        }
    }

    @Test
    void aPrivateAppConnectionMadeByItsGrantTakesItsTokenFromItsSecretSetting() {
        try (HubSpotHost host = HubSpotHost.privateAppByGrant(emulator)) {
            assertThat(list(host)).isNotZero();

            assertThat(emulator.tokenGrants()).doesNotContainKey("refresh_token");
            assertThat(host.context.storedTokens().orElseThrow().access()).map(Secret::reveal)
                    .contains(emulator.credentials().privateAppToken());
        }
    }

    @Test
    void aConnectionByGrantNeedsExactlyItsPrivateAppTokenAndSaysEveryProblemAtOnce() {
        try (HubSpotHost host = HubSpotHost.oauth(emulator)) {
            assertThat(host.connector.problemsConnectingByGrant(Map.of(), Map.of("private_app_token",
                    Secret.of("pat-na1-ok")))).isEmpty();
            assertThat(host.connector.problemsConnectingByGrant(Map.of("grant", "x"), Map.of("client_secret",
                    Secret.of("s"), "private_app_token", Secret.of("pat na1")))).hasSize(3)
                    .noneMatch(problem -> problem.contains("pat na1"));
            assertThat(host.connector.problemsConnectingByGrant(Map.of())).singleElement().asString()
                    .contains("private_app_token");
        }
    }

    @Test
    void aPastedTokenWithALineBreakNeedsTheCustomerNotAServerError() {
        try (HubSpotHost host = HubSpotHost.privateApp(emulator)) {
            host.context.storeTokens(OAuthTokens.builder(Instant.now())
                    .accessToken(Secret.of(emulator.credentials().privateAppToken() + "\n")).build());

            assertThatThrownBy(() -> list(host)).isInstanceOf(CrmFailure.ReauthorizationRequired.class)
                    .hasMessageContaining("malformed")
                    .hasMessageNotContaining(emulator.credentials().privateAppToken());
        }
    }

    @Test
    void theAuthorizeUrlAsksForTheScopesWithPkce() {
        try (HubSpotHost host = HubSpotHost.oauth(emulator)) {
            URI url = host.connector.authorization().orElseThrow().authorizeUrl(HubSpotHost.REF, Map.of(),
                    URI.create("https://app.example/cb"), "the-state", "the-challenge");

            assertThat(url.toString()).startsWith("https://app.hubspot.com/oauth/authorize?client_id=")
                    .contains("redirect_uri=https%3A%2F%2Fapp.example%2Fcb").contains("state=the-state")
                    .contains("code_challenge=the-challenge").contains("code_challenge_method=S256")
                    .contains("crm.objects.deals.read");
            assertThat(host.connector.authorization().orElseThrow().problemsAuthorizing(Map.of("login_url", "x")))
                    .singleElement().asString().contains("login_url");
        }
    }

    private static int list(HubSpotHost host) {
        return host.connector.records().list(host.connection, RecordQuery.builder("contacts").build()).records()
                .size();
    }
}
