package dev.crosswalk.core.application;

import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.port.in.AuthenticateApiKeyUseCase;
import dev.crosswalk.core.port.out.store.TenantStore;
import java.util.Optional;

/** Finds the tenant of an API key by its hash; the key itself is never stored. */
final class ApiKeyAuthenticationService implements AuthenticateApiKeyUseCase {

    private static final int MAX_KEY_LENGTH = 256;

    private final TenantStore tenants;

    ApiKeyAuthenticationService(TenantStore tenants) {
        this.tenants = tenants;
    }

    @Override
    public Optional<TenantId> authenticate(String presentedKey) {
        if (presentedKey == null || presentedKey.isBlank() || presentedKey.length() > MAX_KEY_LENGTH) {
            return Optional.empty();
        }
        return tenants.findTenantByApiKeyHash(ApiKeyHash.of(presentedKey));
    }
}
