package dev.crosswalk.core.port.out.store;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.ConnectionStatus;
import dev.crosswalk.core.domain.TenantId;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Stores connections. Tokens live in the {@link TokenStore}; a connection's
 * {@link Connection#secretSettings() secret settings} are kept here, encrypted at rest like tokens and never logged.
 * Thread-safe.
 *
 * @since 0.1
 */
public interface ConnectionStore {

    /**
     * @param ref tenant and connection id; never {@code null}
     * @return the connection with its secret settings, or empty when that tenant has no connection of that id
     * @throws UnreadableTokensException when its secret settings are stored but cannot be read (another key, altered)
     */
    Optional<Connection> find(ConnectionRef ref);

    /**
     * @param tenant the tenant; never {@code null}
     * @return the tenant's connections ordered by id, possibly empty
     */
    List<Connection> list(TenantId tenant);

    /**
     * Creates or replaces a connection, its secret settings included.
     *
     * @param connection the connection; its tenant must exist
     * @throws IllegalArgumentException when the tenant does not exist
     */
    void save(Connection connection);

    /**
     * Changes only the connection's instance URL (a provider may move an account, and says so when it issues tokens),
     * leaving every other column as it is.
     *
     * @param ref the connection; never {@code null}
     * @param instanceUrl the new API base URL; never {@code null}
     * @return whether the connection exists (nothing changes when it does not)
     */
    boolean updateInstanceUrl(ConnectionRef ref, URI instanceUrl);

    /**
     * Moves the connection from one status to another only if it still has the first one, atomically across every
     * process on the same store, leaving every other column as it is. Of callers racing to make the same move, exactly
     * one is told it made it; that one reports the transition (one event per transition).
     *
     * @param ref the connection; never {@code null}
     * @param expected the status it must have now; never {@code null}
     * @param next the status to give it; never {@code null}
     * @return whether this call changed it (false when the connection is missing or has another status)
     * @since 0.1
     */
    boolean updateStatus(ConnectionRef ref, ConnectionStatus expected, ConnectionStatus next);

    /**
     * Counts one more token refresh that failed in a row, atomically across processes. Saving the connection resets
     * the count.
     *
     * @param ref the connection; never {@code null}
     * @return the failures in a row now, this one included; 0 when the connection does not exist
     * @since 0.1
     */
    int recordRefreshFailure(ConnectionRef ref);

    /**
     * Resets the count of failed refreshes in a row, after a refresh succeeded.
     *
     * @param ref the connection; never {@code null}
     * @since 0.1
     */
    void clearRefreshFailures(ConnectionRef ref);

    /**
     * Deletes the connection. Delete its tokens first ({@link TokenStore#delete}).
     *
     * @param ref the connection; never {@code null}
     * @return whether it existed
     * @since 0.1
     */
    boolean delete(ConnectionRef ref);
}
