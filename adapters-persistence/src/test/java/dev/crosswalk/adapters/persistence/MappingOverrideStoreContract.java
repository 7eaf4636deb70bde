package dev.crosswalk.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.crosswalk.core.domain.MappingOverride;
import dev.crosswalk.core.domain.OverrideScope;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.port.out.store.MappingOverrideStore;
import dev.crosswalk.core.port.out.store.MappingOverrideStore.VersionConflictException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

abstract class MappingOverrideStoreContract extends DatabaseContract {

    private static final String RENAME_TITLE = """
            response:
              title: jobtitle
            """;
    private static final String ADD_TIER = """
            custom_fields:
              include: '^customer_'
            """;

    /** A second instance on the same database, standing for another server node. */
    private MappingOverrideStore otherNode;

    @BeforeAll
    final void openAnotherNode() {
        otherNode = openAnother(key).mappingOverrides();
    }

    private MappingOverrideStore store() {
        return database.mappingOverrides();
    }

    private OverrideScope newTenantScope() {
        return OverrideScope.tenant(newTenant(), "hubspot");
    }

    private static OverrideScope connectionScope(TenantId tenant, String connectionId) {
        return OverrideScope.connection(salesforceConnection(tenant, connectionId));
    }

    @Test
    void findsNothingBeforeTheFirstVersion() {
        OverrideScope scope = newTenantScope();

        assertThat(store().current(scope, UnifiedObject.CONTACT)).isEmpty();
        assertThat(store().history(scope, UnifiedObject.CONTACT)).isEmpty();
    }

    @Test
    void storesTheFirstVersionAsVersionOneStampedWithTheClock() {
        OverrideScope scope = newTenantScope();

        MappingOverride stored = store().append(scope, UnifiedObject.CONTACT, RENAME_TITLE, 0);

        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.scope()).isEqualTo(scope);
        assertThat(stored.object()).isEqualTo(UnifiedObject.CONTACT);
        assertThat(stored.document()).contains(RENAME_TITLE);
        assertThat(stored.createdAt()).isEqualTo(clock.instant().truncatedTo(ChronoUnit.MICROS));
        assertThat(store().current(scope, UnifiedObject.CONTACT)).contains(stored);
    }

    @Test
    void numbersEachVersionOneAboveTheOneItWasBasedOnAndListsTheNewestFirst() {
        OverrideScope scope = newTenantScope();
        MappingOverride first = store().append(scope, UnifiedObject.ACCOUNT, "response: {}\n", 0);
        clock.advance(Duration.ofSeconds(1));
        MappingOverride second = store().append(scope, UnifiedObject.ACCOUNT, RENAME_TITLE, 1);
        clock.advance(Duration.ofSeconds(1));
        MappingOverride third = store().append(scope, UnifiedObject.ACCOUNT, ADD_TIER, 2);

        assertThat(store().history(scope, UnifiedObject.ACCOUNT)).containsExactly(third, second, first);
        assertThat(third.version()).isEqualTo(3);
        assertThat(store().current(scope, UnifiedObject.ACCOUNT)).contains(third);
    }

    @Test
    void recordsARemovalAsAVersionWithoutADocument() {
        OverrideScope scope = newTenantScope();
        MappingOverride kept = store().append(scope, UnifiedObject.CONTACT, RENAME_TITLE, 0);

        MappingOverride removal = store().append(scope, UnifiedObject.CONTACT, null, 1);

        assertThat(removal.version()).isEqualTo(2);
        assertThat(removal.document()).isEmpty();
        assertThat(store().current(scope, UnifiedObject.CONTACT)).contains(removal);
        assertThat(store().history(scope, UnifiedObject.CONTACT)).containsExactly(removal, kept);
    }

    @Test
    void restoresAnEarlierVersionByAppendingItsDocument() {
        OverrideScope scope = newTenantScope();
        MappingOverride first = store().append(scope, UnifiedObject.OPPORTUNITY, RENAME_TITLE, 0);
        store().append(scope, UnifiedObject.OPPORTUNITY, ADD_TIER, 1);
        store().append(scope, UnifiedObject.OPPORTUNITY, null, 2);

        MappingOverride restored =
                store().append(scope, UnifiedObject.OPPORTUNITY, first.document().orElseThrow(), 3);

        assertThat(restored.version()).isEqualTo(4);
        assertThat(store().current(scope, UnifiedObject.OPPORTUNITY).flatMap(MappingOverride::document))
                .contains(RENAME_TITLE);
        assertThat(store().history(scope, UnifiedObject.OPPORTUNITY))
                .extracting(MappingOverride::version, MappingOverride::document)
                .containsExactly(
                        tuple(4, Optional.of(RENAME_TITLE)),
                        tuple(3, Optional.empty()),
                        tuple(2, Optional.of(ADD_TIER)),
                        tuple(1, Optional.of(RENAME_TITLE)));
    }

    @Test
    void refusesAnAppendBasedOnAnOutdatedVersion() {
        OverrideScope scope = newTenantScope();
        store().append(scope, UnifiedObject.CONTACT, RENAME_TITLE, 0);
        store().append(scope, UnifiedObject.CONTACT, ADD_TIER, 1);

        assertThatThrownBy(() -> store().append(scope, UnifiedObject.CONTACT, "response: {}\n", 1))
                .isInstanceOfSatisfying(VersionConflictException.class,
                        conflict -> assertThat(conflict.currentVersion()).isEqualTo(2))
                .hasMessageContaining("contact")
                .hasMessageContaining(scope.toString());
        assertThat(store().history(scope, UnifiedObject.CONTACT)).hasSize(2);
    }

    @Test
    void refusesAFirstVersionWhenOneIsAlreadyStored() {
        OverrideScope scope = newTenantScope();
        store().append(scope, UnifiedObject.CONTACT, RENAME_TITLE, 0);

        assertThatThrownBy(() -> store().append(scope, UnifiedObject.CONTACT, ADD_TIER, 0))
                .isInstanceOfSatisfying(VersionConflictException.class,
                        conflict -> assertThat(conflict.currentVersion()).isEqualTo(1));
        assertThat(store().current(scope, UnifiedObject.CONTACT).flatMap(MappingOverride::document))
                .contains(RENAME_TITLE);
    }

    @Test
    void refusesAnAppendBasedOnAVersionNotYetStoredRatherThanLeaveAGap() {
        OverrideScope scope = newTenantScope();
        store().append(scope, UnifiedObject.CONTACT, RENAME_TITLE, 0);

        assertThatThrownBy(() -> store().append(scope, UnifiedObject.CONTACT, ADD_TIER, 4))
                .isInstanceOfSatisfying(VersionConflictException.class,
                        conflict -> assertThat(conflict.currentVersion()).isEqualTo(1));
        assertThatThrownBy(() -> store().append(newTenantScope(), UnifiedObject.CONTACT, ADD_TIER, 1))
                .isInstanceOfSatisfying(VersionConflictException.class,
                        conflict -> assertThat(conflict.currentVersion()).isZero());
        assertThat(store().history(scope, UnifiedObject.CONTACT)).extracting(MappingOverride::version)
                .containsExactly(1);
    }

    @Test
    void refusesANegativeExpectedVersion() {
        OverrideScope scope = newTenantScope();

        assertThatThrownBy(() -> store().append(scope, UnifiedObject.CONTACT, RENAME_TITLE, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
        assertThat(store().history(scope, UnifiedObject.CONTACT)).isEmpty();
    }

    @Test
    void refusesAnOverrideOfAnUnknownTenant() {
        TenantId unknown = new TenantId("no-such-tenant");
        OverrideScope tenantWide = OverrideScope.tenant(unknown, "hubspot");

        assertThatThrownBy(() -> store().append(tenantWide, UnifiedObject.CONTACT, RENAME_TITLE, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-tenant");
        assertThatThrownBy(() -> store().append(connectionScope(unknown, "c1"), UnifiedObject.CONTACT, null, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-tenant");
        assertThat(store().history(tenantWide, UnifiedObject.CONTACT)).isEmpty();
    }

    @Test
    void showsOneTenantNoneOfAnothersVersions() {
        TenantId a = newTenant();
        TenantId b = newTenant();
        MappingOverride ofA =
                store().append(OverrideScope.tenant(a, "hubspot"), UnifiedObject.CONTACT, RENAME_TITLE, 0);
        MappingOverride ofAsConnection =
                store().append(connectionScope(a, "shared-id"), UnifiedObject.CONTACT, RENAME_TITLE, 0);

        assertThat(store().current(OverrideScope.tenant(b, "hubspot"), UnifiedObject.CONTACT)).isEmpty();
        assertThat(store().history(connectionScope(b, "shared-id"), UnifiedObject.CONTACT)).isEmpty();
        MappingOverride ofB = store().append(OverrideScope.tenant(b, "hubspot"), UnifiedObject.CONTACT, ADD_TIER, 0);

        assertThat(ofB.version()).isEqualTo(1);
        assertThat(store().history(OverrideScope.tenant(a, "hubspot"), UnifiedObject.CONTACT)).containsExactly(ofA);
        assertThat(store().history(connectionScope(a, "shared-id"), UnifiedObject.CONTACT))
                .containsExactly(ofAsConnection);
    }

    @Test
    void keepsTheTenantScopeAndEachConnectionsScopeApart() {
        TenantId tenant = newTenant();
        OverrideScope tenantWide = OverrideScope.tenant(tenant, "salesforce");
        OverrideScope first = connectionScope(tenant, "first");
        OverrideScope second = connectionScope(tenant, "second");

        MappingOverride wide = store().append(tenantWide, UnifiedObject.CONTACT, RENAME_TITLE, 0);
        MappingOverride own = store().append(first, UnifiedObject.CONTACT, ADD_TIER, 0);
        MappingOverride ownRemoved = store().append(first, UnifiedObject.CONTACT, null, 1);

        assertThat(store().history(tenantWide, UnifiedObject.CONTACT)).containsExactly(wide);
        assertThat(store().history(first, UnifiedObject.CONTACT)).containsExactly(ownRemoved, own);
        assertThat(store().current(second, UnifiedObject.CONTACT)).isEmpty();
    }

    @Test
    void keepsConnectorKindsAndObjectsApart() {
        TenantId tenant = newTenant();
        MappingOverride hubspotContact =
                store().append(OverrideScope.tenant(tenant, "hubspot"), UnifiedObject.CONTACT, RENAME_TITLE, 0);

        assertThat(store().current(OverrideScope.tenant(tenant, "salesforce"), UnifiedObject.CONTACT)).isEmpty();
        assertThat(store().current(OverrideScope.tenant(tenant, "hubspot"), UnifiedObject.ACCOUNT)).isEmpty();
        assertThat(store().current(OverrideScope.tenant(tenant, "hubspot"), UnifiedObject.CONTACT))
                .contains(hubspotContact);
    }

    @Test
    void keepsTheDocumentTextExactly() {
        OverrideScope scope = newTenantScope();
        String document = "# Zürich ✓ 'quotes' \"double\" back\\slash\r\nresponse:\n  title: $string(jobtitle)\n"
                + "#".repeat(200_000) + "\n";

        store().append(scope, UnifiedObject.CONTACT, document, 0);

        assertThat(store().current(scope, UnifiedObject.CONTACT).flatMap(MappingOverride::document))
                .contains(document);
    }

    @Test
    void letsExactlyOneOfConcurrentAppendsOfTheSameVersionWin() throws Exception {
        int writers = 8;
        for (int round = 0; round < 5; round++) {
            OverrideScope scope = newTenantScope();
            store().append(scope, UnifiedObject.CONTACT, RENAME_TITLE, 0);
            CyclicBarrier start = new CyclicBarrier(writers);
            List<Callable<MappingOverride>> appends = new ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                MappingOverrideStore node = writer % 2 == 0 ? store() : otherNode;
                String document = "# writer " + writer + "\n" + ADD_TIER;
                appends.add(() -> {
                    start.await();
                    return node.append(scope, UnifiedObject.CONTACT, document, 1);
                });
            }

            List<MappingOverride> winners = new ArrayList<>();
            List<VersionConflictException> conflicts = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            try {
                for (Future<MappingOverride> outcome : pool.invokeAll(appends)) {
                    try {
                        winners.add(outcome.get());
                    } catch (ExecutionException e) {
                        assertThat(e.getCause()).isInstanceOf(VersionConflictException.class);
                        conflicts.add((VersionConflictException) e.getCause());
                    }
                }
            } finally {
                pool.shutdownNow();
                assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
            }

            assertThat(winners).singleElement().extracting(MappingOverride::version).isEqualTo(2);
            assertThat(conflicts).hasSize(writers - 1)
                    .allSatisfy(conflict -> assertThat(conflict.currentVersion()).isEqualTo(2));
            assertThat(store().history(scope, UnifiedObject.CONTACT))
                    .extracting(MappingOverride::version)
                    .containsExactly(2, 1);
            assertThat(store().current(scope, UnifiedObject.CONTACT)).contains(winners.get(0));
        }
    }
}
