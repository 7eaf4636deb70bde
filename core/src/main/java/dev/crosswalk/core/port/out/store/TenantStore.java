package dev.crosswalk.core.port.out.store;

import dev.crosswalk.core.domain.TenantId;
import java.util.Optional;

/**
 * Stores tenants and their API keys (only as hashes). Thread-safe.
 *
 * @since 0.1
 */
public interface TenantStore {

    /**
     * Creates a tenant if it does not exist yet.
     *
     * @param tenant the id; never {@code null}
     * @param displayName a name for people; never {@code null}
     */
    void createTenant(TenantId tenant, String displayName);

    /**
     * @param tenant an existing tenant
     * @param keyHash the hex SHA-256 of the API key; never the key itself
     * @throws IllegalArgumentException when the tenant does not exist
     */
    void addApiKeyHash(TenantId tenant, String keyHash);

    /**
     * @param keyHash the hex SHA-256 of a presented API key
     * @return the tenant owning it, or empty when no tenant does
     */
    Optional<TenantId> findTenantByApiKeyHash(String keyHash);

    /**
     * Revokes every API key of the tenant but one, in one statement.
     *
     * @param tenant the tenant; never {@code null}
     * @param keptKeyHash the hex SHA-256 of the key that stays valid; never {@code null}
     * @return how many keys were revoked; other nodes stop accepting them within a few seconds at most
     * @since 0.1
     */
    int revokeApiKeyHashesExcept(TenantId tenant, String keptKeyHash);

    /**
     * Revokes one API key of the tenant.
     *
     * @param tenant the tenant; never {@code null}
     * @param keyHash the hex SHA-256 of the key; never {@code null}
     * @return whether the tenant had that key; other nodes stop accepting it within a few seconds at most
     * @since 0.1
     */
    boolean revokeApiKeyHash(TenantId tenant, String keyHash);
}
