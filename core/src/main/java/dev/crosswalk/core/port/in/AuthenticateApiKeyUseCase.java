package dev.crosswalk.core.port.in;

import dev.crosswalk.core.domain.TenantId;
import java.util.Optional;

/**
 * Tells which tenant an API key belongs to. Thread-safe.
 *
 * @since 0.1
 */
public interface AuthenticateApiKeyUseCase {

    /**
     * @param presentedKey the key a client sent; may be {@code null} or malformed
     * @return the owning tenant, or empty when the key is missing or unknown
     */
    Optional<TenantId> authenticate(String presentedKey);
}
