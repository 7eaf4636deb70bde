package dev.crosswalk.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.ConnectionStatus;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.OverrideScope;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.port.out.store.ConnectionStore;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

abstract class ConnectionStoreContract extends DatabaseContract {

    private ConnectionStore store() {
        return database.connections();
    }

    @Test
    void findsASavedConnection() {
        Connection connection = salesforceConnection(newTenant(), "acme-prod");

        store().save(connection);

        assertThat(store().find(connection.ref())).contains(connection);
    }

    @Test
    void keepsAConnectionsSecretSettingsEncryptedUnderTheTokenKeyAndBoundToItsTenant() {
        TenantId tenant = newTenant();
        Map<String, Secret> ownApp = Map.of("client_secret", Secret.of("customer-app-secret-1"),
                "jwt_private_key", Secret.of("-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----"));
        Connection connection = salesforceConnection(tenant, "own-app").toBuilder()
                .settings(Map.of("client_id", "3MVG9customer")).secretSettings(ownApp).build();

        store().save(connection);

        assertThat(store().find(connection.ref())).contains(connection);
        assertThat(store().list(tenant)).containsExactly(connection);
        String stored = rawValue("SELECT secret_settings_ciphertext FROM connections WHERE tenant_id = ?",
                tenant.value());
        assertThat(stored).startsWith("v2:" + key.id() + ":").doesNotContain("customer-app-secret-1")
                .doesNotContain("client_secret").doesNotContain("PRIVATE KEY");
        assertThat(openAnother(key).connections().find(connection.ref())).contains(connection);
        TenantId other = newTenant();
        store().save(salesforceConnection(other, "own-app"));
        rawUpdate("UPDATE connections SET secret_settings_ciphertext = ? WHERE tenant_id = ?", stored, other.value());
        assertThatThrownBy(() -> openAnother(key).connections().find(new ConnectionRef(other,
                new ConnectionId("own-app"))))
                .as("a value copied to another tenant's connection does not decrypt")
                .isInstanceOf(dev.crosswalk.core.port.out.store.UnreadableTokensException.class)
                .hasMessageNotContaining("customer-app-secret-1");
    }

    @Test
    void savingAConnectionWithoutSecretSettingsForgetsTheOnesItHad() {
        Connection connection = salesforceConnection(newTenant(), "own-app").toBuilder()
                .secretSettings(Map.of("client_secret", Secret.of("s1"))).build();
        store().save(connection);

        Connection operatorsApp = connection.toBuilder().secretSettings(Map.of()).build();
        store().save(operatorsApp);

        assertThat(store().find(connection.ref()).orElseThrow().secretSettings()).isEmpty();
        assertThat(openAnother(key).connections().find(connection.ref())).contains(operatorsApp);
    }

    @Test
    void seesItsOwnSaveAtOnceAndAnotherNodesSaveWithinFiveSeconds() {
        CrosswalkDatabase otherNode = openAnother(key);
        Connection connection = salesforceConnection(newTenant(), "acme-prod");
        store().save(connection);
        assertThat(store().find(connection.ref())).contains(connection);

        Connection reauthorised = connection.withStatus(ConnectionStatus.NEEDS_REAUTH);
        otherNode.connections().save(reauthorised);
        assertThat(store().find(connection.ref())).as("kept for a few seconds").contains(connection);
        clock.advance(RecentReads.FRESH_FOR);
        assertThat(store().find(connection.ref())).contains(reauthorised);

        store().save(connection);
        assertThat(store().find(connection.ref())).as("its own save, at once").contains(connection);
        store().updateInstanceUrl(connection.ref(), URI.create("https://moved.my.salesforce.com"));
        assertThat(store().find(connection.ref()).orElseThrow().instanceUrl())
                .isEqualTo(URI.create("https://moved.my.salesforce.com"));
    }

    @Test
    void movesTheStatusOnlyFromTheExpectedOneAndKeepsEveryOtherColumn() {
        Connection connection = salesforceConnection(newTenant(), "acme-prod");
        store().save(connection);
        store().updateInstanceUrl(connection.ref(), URI.create("https://moved.my.salesforce.com"));

        assertThat(store().updateStatus(connection.ref(), ConnectionStatus.NEEDS_REAUTH, ConnectionStatus.ACTIVE))
                .as("not in the expected status").isFalse();
        assertThat(store().updateStatus(connection.ref(), ConnectionStatus.ACTIVE, ConnectionStatus.NEEDS_REAUTH))
                .isTrue();

        Connection stored = store().find(connection.ref()).orElseThrow();
        assertThat(stored.status()).isEqualTo(ConnectionStatus.NEEDS_REAUTH);
        assertThat(stored.instanceUrl()).isEqualTo(URI.create("https://moved.my.salesforce.com"));
        assertThat(stored.settings()).isEqualTo(connection.settings());
        assertThat(store().updateStatus(new ConnectionRef(connection.tenant(), new ConnectionId("missing")),
                ConnectionStatus.ACTIVE, ConnectionStatus.NEEDS_REAUTH)).isFalse();
    }

    @Test
    void letsExactlyOneOfManyRacingNodesMakeTheSameMove() throws Exception {
        Connection connection = salesforceConnection(newTenant(), "raced");
        store().save(connection);
        List<CrosswalkDatabase> nodes = List.of(database, openAnother(key), openAnother(key), openAnother(key));
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> moves = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                ConnectionStore node = nodes.get(i % nodes.size()).connections();
                moves.add(threads.submit(() -> {
                    go.await();
                    return node.updateStatus(connection.ref(), ConnectionStatus.ACTIVE, ConnectionStatus.NEEDS_REAUTH);
                }));
            }
            go.countDown();
            int made = 0;
            for (Future<Boolean> move : moves) {
                made += move.get(10, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(made).isOne();
        }
    }

    @Test
    void deletesAConnectionWithItsTokensLeaseAndOwnOverridesButNotTheTenantsOverrides() {
        Connection connection = salesforceConnection(newTenant(), "leaving");
        store().save(connection);
        database.tokens().save(connection.ref(), OAuthTokens.builder(clock.instant())
                .refreshToken(Secret.of("refresh")).build());
        database.locks().acquire(connection.ref(), Duration.ofSeconds(1));
        OverrideScope own = OverrideScope.connection(connection);
        OverrideScope tenantWide = OverrideScope.tenant(connection.tenant(), "salesforce");
        database.mappingOverrides().append(own, UnifiedObject.CONTACT, "response: {}\n", 0);
        database.mappingOverrides().append(tenantWide, UnifiedObject.CONTACT, "response: {}\n", 0);

        assertThat(store().delete(connection.ref())).isTrue();

        assertThat(store().find(connection.ref())).isEmpty();
        assertThat(database.tokens().load(connection.ref())).isEmpty();
        assertThat(database.mappingOverrides().current(own, UnifiedObject.CONTACT)).isEmpty();
        assertThat(database.mappingOverrides().current(tenantWide, UnifiedObject.CONTACT)).isPresent();
        database.locks().acquire(connection.ref(), Duration.ofMillis(100)).close(); // the lease went with it
        assertThat(store().delete(connection.ref())).as("already gone").isFalse();
    }

    @Test
    void countsRefreshFailuresInARowUntilClearedOrSavedAgain() {
        Connection connection = salesforceConnection(newTenant(), "flaky");
        store().save(connection);

        assertThat(store().recordRefreshFailure(connection.ref())).isEqualTo(1);
        assertThat(store().recordRefreshFailure(connection.ref())).isEqualTo(2);
        store().clearRefreshFailures(connection.ref());
        assertThat(store().recordRefreshFailure(connection.ref())).isEqualTo(1);
        store().save(connection); // a reconnection starts afresh
        assertThat(store().recordRefreshFailure(connection.ref())).isEqualTo(1);
        assertThat(store().recordRefreshFailure(new ConnectionRef(connection.tenant(), new ConnectionId("none"))))
                .isZero();
    }

    @Test
    void givesEachOfManyNodesCountingAFailureAtOnceItsOwnCount() throws Exception {
        Connection connection = salesforceConnection(newTenant(), "raced-failures");
        store().save(connection);
        List<CrosswalkDatabase> nodes = List.of(database, openAnother(key), openAnother(key));
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> counts = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(6)) {
            for (int i = 0; i < 6; i++) {
                ConnectionStore node = nodes.get(i % nodes.size()).connections();
                counts.add(threads.submit(() -> {
                    go.await();
                    return node.recordRefreshFailure(connection.ref());
                }));
            }
            go.countDown();
            List<Integer> seen = new ArrayList<>();
            for (Future<Integer> count : counts) {
                seen.add(count.get(10, TimeUnit.SECONDS));
            }
            assertThat(seen).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
        }
    }

    @Test
    void findsAConnectionAnotherNodeCreatedAtOnce() {
        CrosswalkDatabase otherNode = openAnother(key);
        Connection connection = salesforceConnection(newTenant(), "created-elsewhere");
        assertThat(store().find(connection.ref())).isEmpty();

        otherNode.connections().save(connection);

        assertThat(store().find(connection.ref())).contains(connection);
    }

    @Test
    void findsNothingForAnUnknownConnectionId() {
        TenantId tenant = newTenant();

        assertThat(store().find(new ConnectionRef(tenant, new ConnectionId("missing")))).isEmpty();
    }

    @Test
    void findsNoConnectionOfAnotherTenant() {
        TenantId owner = newTenant();
        TenantId other = newTenant();
        store().save(salesforceConnection(owner, "acme-prod"));

        assertThat(store().find(new ConnectionRef(other, new ConnectionId("acme-prod")))).isEmpty();
        assertThat(store().list(other)).isEmpty();
    }

    @Test
    void keepsConnectionsWithTheSameIdUnderTwoTenantsApart() {
        Connection first = salesforceConnection(newTenant(), "shared-id");
        Connection second = salesforceConnection(newTenant(), "shared-id").withStatus(ConnectionStatus.NEEDS_REAUTH);

        store().save(first);
        store().save(second);

        assertThat(store().find(first.ref())).contains(first);
        assertThat(store().find(second.ref())).contains(second);
    }

    @Test
    void listsOnlyTheTenantsConnectionsOrderedById() {
        TenantId tenant = newTenant();
        Connection b = salesforceConnection(tenant, "b");
        Connection a = salesforceConnection(tenant, "a");
        Connection c = salesforceConnection(tenant, "c");
        store().save(b);
        store().save(c);
        store().save(a);
        store().save(salesforceConnection(newTenant(), "a"));

        assertThat(store().list(tenant)).containsExactly(a, b, c);
    }

    @Test
    void listsIdsInCharacterOrderWhateverTheDatabaseCollation() {
        TenantId tenant = newTenant();
        for (String id : new String[] {"beta", "Zulu", "_under", "alpha", "-dash", "Alpha"}) {
            store().save(salesforceConnection(tenant, id));
        }

        assertThat(store().list(tenant))
                .extracting(connection -> connection.id().value())
                .containsExactly("-dash", "Alpha", "Zulu", "_under", "alpha", "beta");
    }

    @Test
    void listsNothingForATenantWithoutConnections() {
        assertThat(store().list(newTenant())).isEmpty();
    }

    @Test
    void replacesAConnectionSavedAgainUnderTheSameId() {
        Connection original = salesforceConnection(newTenant(), "acme-prod");
        store().save(original);
        URI movedUrl = URI.create("https://acme2.my.salesforce.com");
        Connection moved = Connection.builder(original.ref(), "salesforce", movedUrl)
                .status(ConnectionStatus.NEEDS_REAUTH)
                .settings(Map.of("apiVersion", "v63.0", "sandbox", "false"))
                .build();

        store().save(moved);

        assertThat(store().find(original.ref())).contains(moved);
        assertThat(store().list(original.tenant())).containsExactly(moved);
    }

    @Test
    void keepsSettingsWithQuotesBackslashesAndNonAsciiText() {
        ConnectionRef ref = new ConnectionRef(newTenant(), new ConnectionId("odd-settings"));
        Connection connection = Connection.builder(ref, "hubspot", URI.create("https://api.hubapi.com"))
                .settings(Map.of("quote\"key", "back\\slash\nnew line", "région", "Zürich ✓", "empty", ""))
                .build();

        store().save(connection);

        assertThat(store().find(connection.ref())).contains(connection);
    }

    @Test
    void rejectsAConnectionOfAnUnknownTenant() {
        Connection orphan = salesforceConnection(new TenantId("no-such-tenant"), "acme-prod");

        assertThatThrownBy(() -> store().save(orphan))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-tenant");
    }

    @Test
    void updatesOnlyTheInstanceUrl() {
        Connection original = salesforceConnection(newTenant(), "acme-prod").withStatus(ConnectionStatus.NEEDS_REAUTH);
        store().save(original);
        URI moved = URI.create("https://acme--eu12.my.salesforce.com");

        boolean updated = store().updateInstanceUrl(original.ref(), moved);

        assertThat(updated).isTrue();
        assertThat(store().find(original.ref())).contains(original.withInstanceUrl(moved));
    }

    @Test
    void stampsTheInstanceUrlChangeAsAnUpdate() {
        Connection original = salesforceConnection(newTenant(), "acme-prod");
        store().save(original);
        clock.advance(Duration.ofMinutes(3));

        store().updateInstanceUrl(original.ref(), URI.create("https://acme2.my.salesforce.com"));

        assertThat(epochSecondsOf("updated_at", original.ref()) - epochSecondsOf("created_at", original.ref()))
                .isEqualTo(180);
    }

    @Test
    void reportsThatThereIsNoConnectionToUpdate() {
        TenantId tenant = newTenant();
        ConnectionRef missing = new ConnectionRef(tenant, new ConnectionId("missing"));

        assertThat(store().updateInstanceUrl(missing, URI.create("https://elsewhere.example"))).isFalse();
        assertThat(store().find(missing)).isEmpty();
    }

    @Test
    void updatesNoInstanceUrlOfAnotherTenant() {
        Connection owned = salesforceConnection(newTenant(), "acme-prod");
        store().save(owned);
        ConnectionRef sameIdElsewhere = new ConnectionRef(newTenant(), owned.id());

        assertThat(store().updateInstanceUrl(sameIdElsewhere, URI.create("https://attacker.example"))).isFalse();
        assertThat(store().find(owned.ref())).contains(owned);
    }

    private long epochSecondsOf(String column, ConnectionRef ref) {
        String seconds = rawValue("select extract(epoch from " + column + ") from connections"
                + " where tenant_id = ? and connection_id = ?", ref.tenant().value(), ref.id().value());
        return new BigDecimal(seconds).longValueExact();
    }
}
