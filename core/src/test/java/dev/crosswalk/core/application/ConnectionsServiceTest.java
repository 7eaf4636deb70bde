package dev.crosswalk.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.QuotaUsage;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.fakes.InMemoryCrm;
import dev.crosswalk.core.port.in.ConnectionOverview;
import dev.crosswalk.core.port.in.UseCaseException;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConnectionsServiceTest {

    private static final Instant ISSUED = Instant.parse("2026-01-01T09:30:00Z");

    private final CoreFixture fixture = new CoreFixture(InMemoryCrm.capable().revokingGrants());
    private final OAuthTokens acmeTokens = OAuthTokens.builder(ISSUED).accessToken(Secret.of("access"))
            .refreshToken(Secret.of("refresh")).expiresAt(ISSUED.plus(Duration.ofHours(2))).build();

    @BeforeEach
    void storeTokens() {
        fixture.tokens.save(fixture.acme.ref(), acmeTokens);
    }

    @Test
    void listsOnlyTheTenantsConnectionsWithTheirTokenTimesAndQuota() {
        QuotaUsage usage = QuotaUsage.of(1_200, 100_000, fixture.clock.instant());
        fixture.crm.quotaIs(usage);

        var listed = fixture.core.connections().list(new TenantId("acme"));

        assertThat(listed).extracting(overview -> overview.connection().ref()).containsExactly(fixture.acme.ref());
        ConnectionOverview acme = listed.get(0);
        assertThat(acme.tokensIssuedAt()).contains(ISSUED);
        assertThat(acme.accessTokenExpiresAt()).contains(ISSUED.plus(Duration.ofHours(2)));
        assertThat(acme.refreshable()).isTrue();
        assertThat(acme.quota()).contains(usage);
    }

    @Test
    void showsNoConnectionOfAnotherTenant() {
        ConnectionRef globexAsAcme = new ConnectionRef(new TenantId("acme"), new ConnectionId("crm-2"));

        assertThatThrownBy(() -> fixture.core.connections().get(globexAsAcme))
                .isInstanceOf(UseCaseException.ConnectionNotFound.class);
        assertThat(fixture.core.connections().get(fixture.globex.ref()).tokensIssuedAt()).isEmpty();
    }

    @Test
    void deletesAfterRevokingTheGrantWithTheStoredTokens() {
        fixture.core.connections().delete(fixture.acme.ref());

        assertThat(fixture.crm.revoked()).containsExactly(acmeTokens);
        assertThat(fixture.tokens.load(fixture.acme.ref())).isEmpty();
        assertThat(fixture.connections.find(fixture.acme.ref())).isEmpty();
        assertThat(fixture.connections.find(fixture.globex.ref())).isPresent();
    }

    @Test
    void deletesNothingWhenTheProviderCouldNotRevoke() {
        fixture.crm.failNextCallWith(new CrmFailure.Transient("login host unreachable", null, null));

        assertThatThrownBy(() -> fixture.core.connections().delete(fixture.acme.ref()))
                .isInstanceOfSatisfying(UseCaseException.CrmCallFailed.class,
                        failed -> assertThat(failed.kind()).isEqualTo(UseCaseException.CrmCallFailed.Kind.UNAVAILABLE));
        assertThat(fixture.tokens.load(fixture.acme.ref())).isPresent();
        assertThat(fixture.connections.find(fixture.acme.ref())).isPresent();
    }

    @Test
    void deletesAConnectionWithoutTokensWithoutCallingTheProvider() {
        fixture.core.connections().delete(fixture.globex.ref());

        assertThat(fixture.crm.revoked()).isEmpty();
        assertThat(fixture.connections.find(fixture.globex.ref())).isEmpty();
    }

    @Test
    void showsTokensThatCannotBeReadAndRefusesToDeleteWhatItCannotRevoke() {
        fixture.tokens.makeUnreadable(fixture.acme.ref());

        ConnectionOverview acme = fixture.core.connections().get(fixture.acme.ref());

        assertThat(acme.tokensReadable()).isFalse();
        assertThat(acme.tokensIssuedAt()).isEmpty();
        assertThat(fixture.core.connections().list(new TenantId("acme"))).hasSize(1);
        assertThatThrownBy(() -> fixture.core.connections().delete(fixture.acme.ref()))
                .isInstanceOf(UseCaseException.ConnectionTokensUnreadable.class)
                .hasMessageContaining("cannot be read with this server's token key");
        assertThat(fixture.connections.find(fixture.acme.ref())).isPresent();
    }

    @Test
    void reportsUnreadableTokensMetDuringACrmCallAsSuchNotAsAFailureOfOurs() {
        fixture.crm.failNextCallWith(new dev.crosswalk.core.port.out.store.UnreadableTokensException(
                fixture.acme.ref(), "stored under another key"));

        assertThatThrownBy(() -> fixture.core.schema().objects(fixture.acme.ref()))
                .isInstanceOf(UseCaseException.ConnectionTokensUnreadable.class);
    }

    @Test
    void connectsByGrantWithNoTokenOnceTheConnectorAcceptsTheSettings() {
        CoreFixture byGrant = new CoreFixture(InMemoryCrm.capable().connectingByGrant());
        ConnectionRef ref = new ConnectionRef(new TenantId("acme"), new ConnectionId("crm-cc"));
        byGrant.tenants.createTenant(new TenantId("acme"), "Acme");

        ConnectionOverview created = byGrant.core.connections().connectByGrant(ref, "fake",
                java.net.URI.create("https://acme.example"), java.util.Map.of("grant", "client_credentials"));

        assertThat(created.connection().ref()).isEqualTo(ref);
        assertThat(created.tokensIssuedAt()).as("no token was issued yet").isEmpty();
        assertThat(byGrant.tokens.load(ref).orElseThrow().access()).isEmpty();
    }

    @Test
    void refusesToConnectByGrantNamingEveryProblemTheConnectorFinds() {
        ConnectionRef ref = new ConnectionRef(new TenantId("acme"), new ConnectionId("crm-cc"));
        CoreFixture byGrant = new CoreFixture(InMemoryCrm.capable().connectingByGrant());

        assertThatThrownBy(() -> byGrant.core.connections().connectByGrant(ref, "fake",
                java.net.URI.create("https://acme.example"), java.util.Map.of("colour", "red")))
                .isInstanceOf(UseCaseException.InvalidRequest.class)
                .hasMessageContaining("'grant' must be client_credentials")
                .hasMessageContaining("'colour' is not a connection setting");
        assertThatThrownBy(() -> fixture.core.connections().connectByGrant(ref, "fake",
                java.net.URI.create("https://acme.example"), java.util.Map.of()))
                .hasMessageContaining("only through the customer's authorisation");
        assertThatThrownBy(() -> fixture.core.connections().connectByGrant(ref, "dynamics",
                java.net.URI.create("https://acme.example"), java.util.Map.of()))
                .isInstanceOf(UseCaseException.ConnectorNotInstalled.class);
        assertThat(byGrant.connections.find(ref)).isEmpty();
    }

    @Test
    void aConnectorThatTakesNoSecretSettingsRefusesEachByNameWithoutItsValue() {
        ConnectionRef ref = new ConnectionRef(new TenantId("acme"), new ConnectionId("crm-cc"));
        CoreFixture byGrant = new CoreFixture(InMemoryCrm.capable().connectingByGrant());

        assertThatThrownBy(() -> byGrant.core.connections().connectByGrant(ref, "fake",
                java.net.URI.create("https://acme.example"), java.util.Map.of("grant", "client_credentials"),
                java.util.Map.of("client_secret", Secret.of("s3cret-value"), "private_key", Secret.of("pem"))))
                .isInstanceOf(UseCaseException.InvalidRequest.class)
                .hasMessageContaining("'client_secret' is not a secret setting of this connector")
                .hasMessageContaining("'private_key'")
                .hasMessageNotContaining("s3cret-value");
        assertThat(byGrant.connections.find(ref)).isEmpty();
    }

    @Test
    void deletesUnderTheLockRefreshesTakeSoNoRefreshSlipsBetweenRevocationAndDeletion() throws Exception {
        var held = fixture.locks.acquire(fixture.acme.ref(), Duration.ofSeconds(1)); // a refresh in progress
        java.util.concurrent.CompletableFuture<Void> deletion = java.util.concurrent.CompletableFuture.runAsync(
                () -> fixture.core.connections().delete(fixture.acme.ref()));

        Thread.sleep(200);
        assertThat(deletion).as("waits for the refresh").isNotDone();
        assertThat(fixture.crm.revoked()).isEmpty();
        held.close();

        deletion.get(5, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(fixture.crm.revoked()).containsExactly(acmeTokens);
        assertThat(fixture.connections.find(fixture.acme.ref())).isEmpty();
    }
}
