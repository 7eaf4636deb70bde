package dev.crosswalk.spi;

import dev.crosswalk.core.toolkit.retry.CrmRetry;
import dev.crosswalk.core.toolkit.token.TokenManager;
import dev.crosswalk.core.toolkit.token.TokenRefresher;
import java.time.Clock;

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
}
