package dev.crosswalk.core.port.out.store;

import dev.crosswalk.core.domain.PendingAuthorization;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps authorisations in progress between the redirect to the provider and the callback, shared by every node
 * (the callback may reach another node than the one that started it). Code verifiers are encrypted at rest like
 * tokens. Thread-safe.
 *
 * @since 0.1
 */
public interface AuthorizationStore {

    /**
     * Stores a new authorisation, and forgets those that expired before {@code now}.
     *
     * @param pending the authorisation; its state is new; never {@code null}
     * @param now the current time; never {@code null}
     * @throws IllegalArgumentException when its tenant does not exist
     */
    void save(PendingAuthorization pending, Instant now);

    /**
     * Removes the authorisation with this state and returns it: of any number of concurrent callers, on any node,
     * at most one receives it, so a state is used once. An expired one is still returned (and removed): the caller
     * decides, and can say why.
     *
     * @param state the state the provider sent back; never {@code null}
     * @return the authorisation, or empty when no such state is stored (never issued, already used, or purged)
     * @throws UnreadableTokensException when it is stored but its verifier cannot be decrypted with this store's key
     */
    Optional<PendingAuthorization> take(String state);
}
