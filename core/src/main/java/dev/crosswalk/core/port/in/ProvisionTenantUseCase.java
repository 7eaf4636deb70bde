package dev.crosswalk.core.port.in;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;

/**
 * Sets up tenants, their API keys and connections (operator and demo tooling). Thread-safe.
 *
 * @since 0.1
 */
public interface ProvisionTenantUseCase {

    /**
     * Creates the tenant if needed and issues it a new API key. Only the key's hash is stored.
     *
     * @param tenant the tenant id; never {@code null}
     * @param displayName a name for people; never {@code null}
     * @return the new key: show it to the operator once, it cannot be read back
     */
    Secret issueApiKey(TenantId tenant, String displayName);

    /**
     * Like {@link #issueApiKey}, then revokes every earlier key of the tenant: a rotation.
     *
     * @param tenant the tenant id; never {@code null}
     * @param displayName a name for people, used if the tenant is created; never {@code null}
     * @return the new key, the tenant's only one: show it once
     * @since 0.1
     */
    Secret replaceApiKeys(TenantId tenant, String displayName);

    /**
     * Revokes one of the tenant's API keys, such as a leaked one.
     *
     * @param tenant the tenant id; never {@code null}
     * @param key the key; never {@code null}
     * @return whether it was the tenant's key
     * @since 0.1
     */
    boolean revokeApiKey(TenantId tenant, Secret key);

    /**
     * Stores a connection with its initial tokens.
     *
     * @param connection the connection; its tenant must exist
     * @param tokens tokens from the authorisation (at least a refresh token, or an access token)
     * @throws IllegalArgumentException when the tokens hold neither, or the tenant does not exist
     */
    void connect(Connection connection, OAuthTokens tokens);

    /**
     * Stores a connection whose connector obtains tokens by the connection's own grant, with no token yet (for
     * Salesforce, the {@code grant} setting {@code jwt_bearer} or {@code client_credentials}); the first call obtains
     * them. Reconnecting an existing connection this way forgets its stored tokens.
     *
     * @param connection the connection; its tenant must exist
     * @throws IllegalArgumentException when the tenant does not exist
     * @since 0.1
     */
    void connectByGrant(Connection connection);
}
