package dev.crosswalk.adapters.persistence;

import static dev.crosswalk.adapters.persistence.generated.Tables.API_KEYS;
import static dev.crosswalk.adapters.persistence.generated.Tables.TENANTS;

import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.port.out.store.TenantStore;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jooq.DSLContext;

/**
 * Tenants and the SHA-256 hashes of their API keys. Hex digits are accepted in either case and kept in lower case. A
 * key's tenant, once found, is kept for a few seconds ({@link RecentReads}); a key added is found at once.
 */
final class JooqTenantStore implements TenantStore {

    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

    private final DSLContext db;
    private final Clock clock;
    private final RecentReads<String, TenantId> recentKeys;

    JooqTenantStore(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.recentKeys = new RecentReads<>(clock);
    }

    @Override
    public void createTenant(TenantId tenant, String displayName) {
        Objects.requireNonNull(displayName, "displayName");
        Inserts.insertIfAbsent(db.insertInto(TENANTS)
                .set(TENANTS.ID, tenant.value())
                .set(TENANTS.DISPLAY_NAME, displayName)
                .set(TENANTS.CREATED_AT, Times.now(clock)));
    }

    /** @throws IllegalArgumentException also when the text is not 64 hex digits, or another tenant holds the hash */
    @Override
    public void addApiKeyHash(TenantId tenant, String keyHash) {
        String hash = keyHash.toLowerCase(Locale.ROOT);
        if (!SHA_256_HEX.matcher(hash).matches()) {
            throw new IllegalArgumentException("an API key hash is the hex SHA-256 of the key (64 hex digits)");
        }
        requireTenant(db, tenant);
        Inserts.insertIfAbsent(db.insertInto(API_KEYS)
                .set(API_KEYS.KEY_HASH, hash)
                .set(API_KEYS.TENANT_ID, tenant.value())
                .set(API_KEYS.CREATED_AT, Times.now(clock)));
        if (!Optional.of(tenant).equals(findTenantByApiKeyHash(hash))) {
            throw new IllegalArgumentException("that API key is already registered to another tenant; issue a new key");
        }
    }

    @Override
    public Optional<TenantId> findTenantByApiKeyHash(String keyHash) {
        String hash = keyHash.toLowerCase(Locale.ROOT);
        return recentKeys.get(hash, () -> db.select(API_KEYS.TENANT_ID)
                .from(API_KEYS)
                .where(API_KEYS.KEY_HASH.eq(hash))
                .fetchOptional(API_KEYS.TENANT_ID)
                .map(TenantId::new));
    }

    @Override
    public int revokeApiKeyHashesExcept(TenantId tenant, String keptKeyHash) {
        int revoked = db.deleteFrom(API_KEYS)
                .where(API_KEYS.TENANT_ID.eq(tenant.value()))
                .and(API_KEYS.KEY_HASH.ne(keptKeyHash.toLowerCase(Locale.ROOT)))
                .execute();
        recentKeys.forgetAll();
        return revoked;
    }

    @Override
    public boolean revokeApiKeyHash(TenantId tenant, String keyHash) {
        String hash = keyHash.toLowerCase(Locale.ROOT);
        boolean revoked = db.deleteFrom(API_KEYS)
                .where(API_KEYS.TENANT_ID.eq(tenant.value()))
                .and(API_KEYS.KEY_HASH.eq(hash))
                .execute() > 0;
        recentKeys.forget(hash);
        return revoked;
    }

    /** @throws IllegalArgumentException when the tenant does not exist */
    static void requireTenant(DSLContext db, TenantId tenant) {
        if (!db.fetchExists(TENANTS, TENANTS.ID.eq(tenant.value()))) {
            throw new IllegalArgumentException("there is no tenant " + tenant + "; create it first");
        }
    }
}
