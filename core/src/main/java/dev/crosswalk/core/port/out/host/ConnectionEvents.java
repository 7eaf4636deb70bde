package dev.crosswalk.core.port.out.host;

import dev.crosswalk.core.domain.Connection;

/**
 * Tells the host about changes in a connection's health that someone must act on, so that the host can tell the
 * customer (an e-mail, a webhook, a banner in its app). Implementations are thread-safe, return quickly (hand slow
 * work to a queue) and never throw; the host calls them from request threads.
 *
 * @since 0.1
 */
public interface ConnectionEvents {

    /**
     * The provider refused the connection's grant for good; the connection is now
     * {@link dev.crosswalk.core.domain.ConnectionStatus#NEEDS_REAUTH} and stays unused until the customer authorises
     * it again. Called once per transition.
     *
     * @param connection the connection, already marked; never {@code null}
     * @param reason what the provider said, without any token; never {@code null}
     */
    void needsReauthorization(Connection connection, String reason);
}
