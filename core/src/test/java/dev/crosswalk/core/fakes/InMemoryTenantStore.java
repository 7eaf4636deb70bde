package dev.crosswalk.core.fakes;

import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.port.out.store.TenantStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link TenantStore} in maps. Records every text it was handed, so tests can prove a key never reached it.
 * Thread-safe.
 */
public final class InMemoryTenantStore implements TenantStore {

    private final Map<TenantId, String> displayNames = new ConcurrentHashMap<>();
    private final Map<String, TenantId> tenantByKeyHash = new ConcurrentHashMap<>();
    private final List<String> everythingReceived = new CopyOnWriteArrayList<>();

    @Override
    public void createTenant(TenantId tenant, String displayName) {
        everythingReceived.add(tenant.value());
        everythingReceived.add(displayName);
        displayNames.putIfAbsent(tenant, displayName);
    }

    @Override
    public void addApiKeyHash(TenantId tenant, String keyHash) {
        everythingReceived.add(keyHash);
        if (!displayNames.containsKey(tenant)) {
            throw new IllegalArgumentException("no tenant " + tenant);
        }
        tenantByKeyHash.put(keyHash, tenant);
    }

    @Override
    public Optional<TenantId> findTenantByApiKeyHash(String keyHash) {
        everythingReceived.add(keyHash);
        return Optional.ofNullable(tenantByKeyHash.get(keyHash));
    }

    @Override
    public int revokeApiKeyHashesExcept(TenantId tenant, String keptKeyHash) {
        everythingReceived.add(keptKeyHash);
        int[] revoked = {0};
        tenantByKeyHash.entrySet().removeIf(entry -> {
            boolean revoke = entry.getValue().equals(tenant) && !entry.getKey().equals(keptKeyHash);
            revoked[0] += revoke ? 1 : 0;
            return revoke;
        });
        return revoked[0];
    }

    @Override
    public boolean revokeApiKeyHash(TenantId tenant, String keyHash) {
        everythingReceived.add(keyHash);
        return tenantByKeyHash.remove(keyHash, tenant);
    }

    /** @return every string any method of this store was given, in order */
    public List<String> everythingReceived() {
        return new ArrayList<>(everythingReceived);
    }

    /** @return the key hashes stored */
    public List<String> storedKeyHashes() {
        return new ArrayList<>(tenantByKeyHash.keySet());
    }
}
