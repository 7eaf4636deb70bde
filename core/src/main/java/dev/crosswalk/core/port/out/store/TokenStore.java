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
    default Optional<OAuthTokens> load(ConnectionRef ref) {
        return loadVersioned(ref).map(StoredTokens::tokens);
    }

    /**
     * @param ref the connection; never {@code null}
     * @return its tokens with their version, or empty when none were stored
     * @throws UnreadableTokensException when tokens are stored but cannot be read (another key, altered)
     * @since 0.1
     */
    Optional<StoredTokens> loadVersioned(ConnectionRef ref);

    /**
     * Replaces the connection's tokens, whatever is stored (a new connection, a reconnection), as a new version.
     *
     * @param ref the connection; it must exist
     * @param tokens the new tokens; never {@code null}
     */
    void save(ConnectionRef ref, OAuthTokens tokens);

    /**
     * Replaces the connection's tokens only while the stored ones are still {@code expectedVersion}, in one atomic
     * step: a refresh that ran on tokens someone has replaced since (a reconnection, a node that took over the lock)
     * does not overwrite them.
     *
     * @param ref the connection; never {@code null}
     * @param expectedVersion the version the refresh read
     * @param tokens the new tokens; never {@code null}
     * @return whether they were stored; {@code false} when another version (or none) is stored now
     * @since 0.1
     */
    boolean replace(ConnectionRef ref, long expectedVersion, OAuthTokens tokens);

    /**
     * Forgets the connection's tokens.
     *
     * @param ref the connection; never {@code null}
     * @return whether there were any
     * @since 0.1
     */
    boolean delete(ConnectionRef ref);

    /**
     * Tokens as stored, and which save made them.
     *
     * @param tokens the tokens; never {@code null}
     * @param version grows with every save of the connection's tokens
     * @since 0.1
     */
    record StoredTokens(OAuthTokens tokens, long version) {
        public StoredTokens {
            java.util.Objects.requireNonNull(tokens, "tokens");
        }
    }
}
