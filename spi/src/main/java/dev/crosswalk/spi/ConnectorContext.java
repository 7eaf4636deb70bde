package dev.crosswalk.spi;

import dev.crosswalk.core.port.out.ConnectionLocks;
import dev.crosswalk.core.port.out.TokenStore;
import dev.crosswalk.core.toolkit.retry.CrmRetry;
import dev.crosswalk.core.toolkit.token.TokenManager;
import dev.crosswalk.core.toolkit.token.TokenRefresher;
import java.time.Clock;
import java.util.Objects;

/**
 * What the host lends a connector: core's machinery, configured once by the host, so that every connector
 * refreshes, locks and retries the same way. Implementations are thread-safe. New services are added as default
 * methods.
 */
public interface ConnectorContext {

    /** @return the host's clock; connectors never read the system clock directly */
    Clock clock();

    /**
     * @param refresher how this connector refreshes a token with its provider
     * @return a token manager backed by the host's token store and per-connection locks
     */
    TokenManager tokenManager(TokenRefresher refresher);

    /** @return the host's retry policy for CRM calls: the only place calls are retried */
    CrmRetry retry();

    /**
     * The context every host builds from its stores: hosts and connector tests alike.
     *
     * @param tokens where connection tokens live
     * @param locks per-connection locks for refreshes (cross-node in a cluster)
     * @param retry the retry policy for CRM calls
     * @param clock the host's clock
     * @return an immutable, thread-safe context
     */
    static ConnectorContext of(TokenStore tokens, ConnectionLocks locks, CrmRetry retry, Clock clock) {
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(locks, "locks");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(clock, "clock");
        return new ConnectorContext() {
            @Override
            public Clock clock() {
                return clock;
            }

            @Override
            public TokenManager tokenManager(TokenRefresher refresher) {
                return new TokenManager(tokens, locks, refresher, clock);
            }

            @Override
            public CrmRetry retry() {
                return retry;
            }
        };
    }
}
