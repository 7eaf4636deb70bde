package dev.crosswalk.core.port.out.store;

import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.OAuthTokens;
import java.util.Optional;

/**
 * Keeps each connection's tokens, encrypted at rest. Implementations never log token values. Thread-safe; callers
 * serialise refreshes per connection through {@link ConnectionLocks}, not through this store.
 *
 * @since 0.1
 */
public interface TokenStore {

    /**
     * @param ref the connection; never {@code null}
     * @return its tokens, or empty when none were stored
     * @throws UnreadableTokensException when tokens are stored but cannot be read (another key, altered)
     */
    Optional<OAuthTokens> load(ConnectionRef ref);

    /**
     * Replaces the connection's tokens.
     *
     * @param ref the connection; it must exist
     * @param tokens the new tokens; never {@code null}
     */
    void save(ConnectionRef ref, OAuthTokens tokens);

    /**
     * Forgets the connection's tokens.
     *
     * @param ref the connection; never {@code null}
     * @return whether there were any
     * @since 0.1
     */
    boolean delete(ConnectionRef ref);
}
