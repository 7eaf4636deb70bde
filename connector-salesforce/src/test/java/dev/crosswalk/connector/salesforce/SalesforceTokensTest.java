package dev.crosswalk.connector.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.RecordPage;
import dev.crosswalk.core.domain.RecordQuery;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import dev.crosswalk.testkit.junit.SalesforceEmulatorExtension;
import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Tokens through core's token manager against the emulator: refresh, expiry, refusal, a moved org, quota. */
class SalesforceTokensTest {

    /** Nothing listens here: a call to the stale instance URL would fail to connect. */
    private static final URI STALE_INSTANCE = URI.create("http://127.0.0.1:9");

    @RegisterExtension
    final SalesforceEmulatorExtension salesforce = SalesforceEmulatorExtension.builder()
            .seed(5).accounts(2).contacts(10).build();

    private SalesforceEmulator emulator;
    private EmulatorConnection salesforceConnection;
    private Connection connection;

    @BeforeEach
    void connect() {
        emulator = salesforce.emulator();
        salesforceConnection = EmulatorConnection.to(emulator);
        connection = salesforceConnection.connection;
    }

    @AfterEach
    void close() {
        salesforceConnection.close();
    }

    @Test
    void refreshesOnceBeforeTheFirstCallWhenOnlyARefreshTokenIsStored() {
        list(salesforceConnection);

        OAuthTokens stored = salesforceConnection.tokens.load(connection.ref()).orElseThrow();
        assertThat(emulator.requestLog().count("POST", "/services/oauth2/token")).isEqualTo(1);
        assertThat(stored.access()).isPresent();
        assertThat(stored.refresh()).isPresent();
        Instant inTwoHours = Instant.now().plus(Duration.ofHours(2));
        assertThat(stored.expiresAt()).hasValueSatisfying(expiry -> assertThat(expiry)
                .isBetween(inTwoHours.minusSeconds(60), inTwoHours));
        assertThat(stored.instanceUrl()).contains(emulator.baseUrl());
    }

    @Test
    void expiryCountsFromTheHostsClockSoAHostRunningAheadOfSalesforceDoesNotRefreshEveryCall() {
        Clock ahead = Clock.offset(Clock.systemUTC(), Duration.ofHours(3));
        try (EmulatorConnection skewed = EmulatorConnection.to(emulator, Map.of(), ahead)) {
            list(skewed);
            list(skewed);
            list(skewed);

            assertThat(emulator.requestLog().count("POST", "/services/oauth2/token")).isEqualTo(1);
            assertThat(skewed.tokens.load(skewed.connection.ref()).orElseThrow().expiresAt())
                    .hasValueSatisfying(expiry -> assertThat(expiry).isAfter(ahead.instant()));
        }
    }

    @Test
    void refreshesOnceAndRetriesWhenSalesforceSaysTheSessionExpired() {
        list(salesforceConnection);
        emulator.expireAccessTokens();
        emulator.requestLog().clear();

        RecordPage page = list(salesforceConnection);

        assertThat(page.records()).hasSize(10);
        assertThat(emulator.requestLog().count("POST", "/services/oauth2/token")).isEqualTo(1);
        assertThat(emulator.requestLog().count(request -> request.status() == 401)).isEqualTo(1);
    }

    @Test
    void refreshesBeforeCallingWhenTheStoredTokenIsAboutToExpire() {
        OAuthTokens current;
        try (EmulatorConnection earlier = EmulatorConnection.to(emulator)) {
            list(earlier);
            current = earlier.tokens.load(connection.ref()).orElseThrow();
        }
        salesforceConnection.tokens.save(connection.ref(),
                current.toBuilder().expiresAt(Instant.now().plusSeconds(10)).build());
        emulator.requestLog().clear();

        list(salesforceConnection);

        assertThat(emulator.requestLog().count("POST", "/services/oauth2/token")).isEqualTo(1);
        assertThat(emulator.requestLog().count(request -> request.status() == 401)).isZero();
    }

    @Test
    void asksForReauthorisationWhenTheRefreshTokenIsRefused() {
        salesforceConnection.tokens.save(connection.ref(),
                OAuthTokens.builder(Instant.now()).refreshToken(Secret.of("revoked-refresh-token")).build());

        assertThatThrownBy(() -> list(salesforceConnection))
                .isInstanceOfSatisfying(CrmFailure.ReauthorizationRequired.class, failure -> {
                    assertThat(failure.providerCode()).contains("invalid_grant");
                    assertThat(failure.getMessage()).contains("acme/sf").doesNotContain("revoked-refresh-token");
                });
    }

    @Test
    void neverSendsTheClientSecretToALoginUrlOutsideSalesforce() {
        Connection hijacked = connection.toBuilder().settings(Map.of("login_url", "https://attacker.example")).build();

        assertThatThrownBy(() -> salesforceConnection.connector.records().list(hijacked,
                RecordQuery.builder("Contact").build()))
                .isInstanceOf(CrmFailure.Rejected.class)
                .hasMessageContaining("login_url");
        assertThat(emulator.requestLog().count("POST", "/services/oauth2/token")).isZero();
    }

    @Test
    void callsAMovedOrgAtTheInstanceUrlSalesforceIssuedAndCoreWritesItBack() {
        try (EmulatorConnection moved = EmulatorConnection.movedTo(emulator, STALE_INSTANCE)) {
            RecordPage page = list(moved);

            assertThat(page.records()).hasSize(10);
            assertThat(moved.connections.find(moved.connection.ref()).orElseThrow().instanceUrl())
                    .isEqualTo(emulator.baseUrl());
            assertThat(moved.tokens.load(moved.connection.ref()).orElseThrow().instanceUrl())
                    .contains(emulator.baseUrl());
        }
    }

    @Test
    void keepsCallingTheIssuedInstanceUrlWhileTheTokenLasts() {
        try (EmulatorConnection moved = EmulatorConnection.movedTo(emulator, STALE_INSTANCE)) {
            list(moved);
            emulator.requestLog().clear();

            list(moved);

            assertThat(emulator.requestLog().count("POST", "/services/oauth2/token")).isZero();
            assertThat(emulator.requestLog().countPathContaining("/query")).isEqualTo(1);
        }
    }

    @Test
    void remembersTheApiUsageSalesforceReportsOverItsDailyWindow() {
        list(salesforceConnection);

        assertThat(salesforceConnection.connector.quota().lastKnownUsage(connection)).hasValueSatisfying(usage -> {
            assertThat(usage.used()).isPositive();
            assertThat(usage.limit()).isGreaterThan(usage.used());
            assertThat(usage.window()).contains(Duration.ofHours(24));
        });
    }

    private static RecordPage list(EmulatorConnection salesforce) {
        return salesforce.connector.records().list(salesforce.connection, RecordQuery.builder("Contact").build());
    }
}
