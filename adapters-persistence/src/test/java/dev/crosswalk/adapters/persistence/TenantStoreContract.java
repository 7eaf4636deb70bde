package dev.crosswalk.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.port.out.store.TenantStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

abstract class TenantStoreContract extends DatabaseContract {

    private TenantStore store() {
        return database.tenants();
    }

    private static String newKeyHash() {
        try {
            byte[] key = ("cw_" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void findsTheTenantOwningAnApiKeyHash() {
        TenantId tenant = newTenant();
        String hash = newKeyHash();

        store().addApiKeyHash(tenant, hash);

        assertThat(store().findTenantByApiKeyHash(hash)).contains(tenant);
    }

    @Test
    void findsTheTenantWhateverTheCaseOfTheHexDigits() {
        TenantId tenant = newTenant();
        String hash = newKeyHash();

        store().addApiKeyHash(tenant, hash.toUpperCase(Locale.ROOT));

        assertThat(store().findTenantByApiKeyHash(hash)).contains(tenant);
        assertThat(store().findTenantByApiKeyHash(hash.toUpperCase(Locale.ROOT))).contains(tenant);
    }

    @Test
    void findsAKeyAnotherNodeAddedAtOnceAndStopsFindingARemovedOneWithinFiveSeconds() {
        TenantId tenant = newTenant();
        String hash = newKeyHash();
        assertThat(store().findTenantByApiKeyHash(hash)).isEmpty();

        openAnother(key).tenants().addApiKeyHash(tenant, hash);
        assertThat(store().findTenantByApiKeyHash(hash)).contains(tenant);

        assertThat(rawUpdate("DELETE FROM api_keys WHERE key_hash = ?", hash)).isOne();
        assertThat(store().findTenantByApiKeyHash(hash)).as("kept for a few seconds").contains(tenant);
        clock.advance(RecentReads.FRESH_FOR);
        assertThat(store().findTenantByApiKeyHash(hash)).isEmpty();
    }

    @Test
    void revokesEveryKeyOfTheTenantButTheKeptOneAtOnceOnThisNode() {
        TenantId tenant = newTenant();
        TenantId other = newTenant();
        String old = newKeyHash();
        String kept = newKeyHash();
        String othersKey = newKeyHash();
        store().addApiKeyHash(tenant, old);
        store().addApiKeyHash(tenant, kept);
        store().addApiKeyHash(other, othersKey);
        assertThat(store().findTenantByApiKeyHash(old)).contains(tenant);

        assertThat(store().revokeApiKeyHashesExcept(tenant, kept.toUpperCase(Locale.ROOT))).isOne();

        assertThat(store().findTenantByApiKeyHash(old)).as("forgotten at once, not after 5 s").isEmpty();
        assertThat(store().findTenantByApiKeyHash(kept)).contains(tenant);
        assertThat(store().findTenantByApiKeyHash(othersKey)).contains(other);
    }

    @Test
    void revokesOneKeyOfItsOwnTenantOnly() {
        TenantId tenant = newTenant();
        TenantId other = newTenant();
        String leaked = newKeyHash();
        String kept = newKeyHash();
        store().addApiKeyHash(tenant, leaked);
        store().addApiKeyHash(tenant, kept);
        assertThat(store().findTenantByApiKeyHash(leaked)).contains(tenant);

        assertThat(store().revokeApiKeyHash(other, leaked)).as("not the other tenant's key").isFalse();
        assertThat(store().revokeApiKeyHash(tenant, leaked.toUpperCase(Locale.ROOT))).isTrue();

        assertThat(store().findTenantByApiKeyHash(leaked)).as("forgotten at once").isEmpty();
        assertThat(store().findTenantByApiKeyHash(kept)).contains(tenant);
        assertThat(store().revokeApiKeyHash(tenant, leaked)).isFalse();
    }

    @Test
    void findsNoTenantForAnUnknownApiKeyHash() {
        store().addApiKeyHash(newTenant(), newKeyHash());

        assertThat(store().findTenantByApiKeyHash(newKeyHash())).isEmpty();
    }

    @Test
    void keepsEveryApiKeyOfATenant() {
        TenantId tenant = newTenant();
        String first = newKeyHash();
        String second = newKeyHash();

        store().addApiKeyHash(tenant, first);
        store().addApiKeyHash(tenant, second);

        assertThat(store().findTenantByApiKeyHash(first)).contains(tenant);
        assertThat(store().findTenantByApiKeyHash(second)).contains(tenant);
    }

    @Test
    void acceptsTheSameApiKeyHashTwiceForItsTenant() {
        TenantId tenant = newTenant();
        String hash = newKeyHash();
        store().addApiKeyHash(tenant, hash);

        store().addApiKeyHash(tenant, hash);

        assertThat(store().findTenantByApiKeyHash(hash)).contains(tenant);
    }

    @Test
    void refusesAnApiKeyHashThatAnotherTenantHolds() {
        TenantId owner = newTenant();
        String hash = newKeyHash();
        store().addApiKeyHash(owner, hash);

        assertThatThrownBy(() -> store().addApiKeyHash(newTenant(), hash))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("another tenant");
        assertThat(store().findTenantByApiKeyHash(hash)).contains(owner);
    }

    @Test
    void rejectsAnApiKeyHashForAnUnknownTenant() {
        assertThatThrownBy(() -> store().addApiKeyHash(new TenantId("no-such-tenant"), newKeyHash()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-tenant");
    }

    @Test
    void rejectsAnApiKeyInsteadOfItsHash() {
        TenantId tenant = newTenant();

        assertThatThrownBy(() -> store().addApiKeyHash(tenant, "cw_live_the-key-itself"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("the-key-itself");
    }

    @Test
    void createsEachTenantOnceWhenManyCallersRaceToCreateIt() throws Exception {
        List<TenantId> tenants = new ArrayList<>();
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int round = 0; round < 20; round++) {
                TenantId tenant = new TenantId("tenant-" + UUID.randomUUID());
                tenants.add(tenant);
                for (int caller = 0; caller < 4; caller++) {
                    calls.add(callers.submit(() -> store().createTenant(tenant, "Racing")));
                }
            }
            for (Future<?> call : calls) {
                call.get(10, TimeUnit.SECONDS);
            }
        } finally {
            callers.shutdownNow();
        }

        for (TenantId tenant : tenants) {
            assertThat(rawValue("select count(*) from tenants where id = ?", tenant.value())).isEqualTo("1");
        }
    }

    @Test
    void createsATenantOnlyOnce() {
        TenantId tenant = newTenant();

        store().createTenant(tenant, "Renamed");

        assertThat(rawValue("select display_name from tenants where id = ?", tenant.value()))
                .isEqualTo("Acme " + tenant);
    }
}
