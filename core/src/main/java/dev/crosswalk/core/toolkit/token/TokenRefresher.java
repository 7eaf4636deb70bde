package dev.crosswalk.core.toolkit.token;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.OAuthTokens;

/**
 * How a connector obtains a new access token from its provider. Called by {@link TokenManager} only, under the
 * connection's lock, so implementations need not guard against concurrent refreshes of one connection; they must
 * still be thread-safe across connections.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface TokenRefresher {

    /**
     * @param connection the connection to refresh; never {@code null}
     * @param current its current tokens, possibly with neither an access nor a refresh token (a connection whose grant
     *     needs none, such as JWT bearer or client credentials); never {@code null}
     * @return the new tokens; a {@code null} refresh token means "keep the current one" (no rotation)
     * @throws dev.crosswalk.core.port.out.crm.CrmFailure.ReauthorizationRequired when the provider refused the grant for
     *     good, or the grant needs a refresh token and there is none; other
     *     {@link dev.crosswalk.core.port.out.crm.CrmFailure}s when the call failed
     */
    OAuthTokens refresh(Connection connection, OAuthTokens current);
}
