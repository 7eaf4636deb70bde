package dev.crosswalk.core.port.out.crm;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.OAuthTokens;

/**
 * Ends a connection's authorisation at the provider, so the tokens Crosswalk held stop working there too. Optional
 * for a connector ({@link CrmPorts#grants()}). Implementations are thread-safe.
 *
 * @since 0.1
 */
public interface GrantPort {

    /**
     * Revokes the grant the tokens belong to (for an OAuth provider, the refresh token, which takes its access tokens
     * with it). A grant the provider no longer knows (already revoked, expired) counts as revoked.
     *
     * @param connection the connection; never {@code null}
     * @param tokens its stored tokens; never {@code null}
     * @throws CrmFailure.Transient when the provider could not be reached or failed; nothing is known to be revoked
     * @throws CrmFailure when the provider refused for another reason
     */
    void revoke(Connection connection, OAuthTokens tokens);
}
