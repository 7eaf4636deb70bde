package dev.crosswalk.spi;

import dev.crosswalk.core.port.out.store.ConnectionLocks;
import dev.crosswalk.core.port.out.store.ConnectionStore;
import dev.crosswalk.core.port.out.store.EventOutbox;
import dev.crosswalk.core.port.out.store.TokenStore;
import dev.crosswalk.core.toolkit.retry.CrmRetry;
import dev.crosswalk.core.toolkit.token.TokenManager;
import dev.crosswalk.core.toolkit.token.TokenRefresher;
import java.time.Clock;
import java.util.Objects;

/**
 * What the host lends a connector: core's machinery, configured once by the host, so that every connector
 * refreshes, locks and retries the same way. Implementations are thread-safe. New services are added as default
 * methods.
 *
 * @since 0.1
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
     * @return a builder; not thread-safe
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the context hosts lend connectors. Not thread-safe; the built context is immutable and thread-safe. */
    final class Builder {
        private TokenStore tokens;
        private ConnectionStore connections;
        private ConnectionLocks locks;
        private CrmRetry retry = CrmRetry.builder().build();
        private Clock clock = Clock.systemUTC();
        private EventOutbox events;

        private Builder() {
        }

        /** @param store where connection tokens live; required */
        public Builder tokens(TokenStore store) {
            this.tokens = Objects.requireNonNull(store, "store");
            return this;
        }

        /** @param store where connections live (a refreshed instance URL is written back); required */
        public Builder connections(ConnectionStore store) {
            this.connections = Objects.requireNonNull(store, "store");
            return this;
        }

        /** @param perConnection locks for refreshes (cross-node in a cluster); required */
        public Builder locks(ConnectionLocks perConnection) {
            this.locks = Objects.requireNonNull(perConnection, "perConnection");
            return this;
        }

        /** @param policy the retry policy for CRM calls; default {@code CrmRetry.builder().build()} */
        public Builder retry(CrmRetry policy) {
            this.retry = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** @param time the host's clock; default the system UTC clock */
        public Builder clock(Clock time) {
            this.clock = Objects.requireNonNull(time, "time");
            return this;
        }

        /**
         * @param outbox where token managers write connection events (a refresh that failed); default none
         * @return this builder
         * @since 0.1
         */
        public Builder events(EventOutbox outbox) {
            this.events = Objects.requireNonNull(outbox, "outbox");
            return this;
        }

        /**
         * @return the immutable, thread-safe context
         * @throws NullPointerException when the tokens, connections or locks were not given
         */
        public ConnectorContext build() {
            TokenStore tokenStore = Objects.requireNonNull(tokens, "tokens");
            ConnectionStore connectionStore = Objects.requireNonNull(connections, "connections");
            ConnectionLocks connectionLocks = Objects.requireNonNull(locks, "locks");
            CrmRetry retryPolicy = retry;
            Clock hostClock = clock;
            EventOutbox outbox = events;
            return new ConnectorContext() {
                @Override
                public Clock clock() {
                    return hostClock;
                }

                @Override
                public TokenManager tokenManager(TokenRefresher refresher) {
                    return new TokenManager(tokenStore, connectionStore, connectionLocks, refresher, hostClock, outbox);
                }

                @Override
                public CrmRetry retry() {
                    return retryPolicy;
                }
            };
        }
    }
}
