package dev.crosswalk.connector.hubspot;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.ConnectionStatus;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.port.out.store.ConnectionStore;
import dev.crosswalk.core.port.out.store.TokenStore;
import dev.crosswalk.core.toolkit.token.InMemoryConnectionLocks;
import dev.crosswalk.spi.Connector;
import dev.crosswalk.spi.ConnectorContext;
import dev.crosswalk.spi.ConnectorFactory;
import dev.crosswalk.spi.ConnectorPlugin;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Creates the stub as a host would: through its plugin, with a validated configuration and a context. */
final class StubHost {

    static final Connection CONNECTION = Connection.builder(
                    new ConnectionRef(new TenantId("acme"), new ConnectionId("hs")),
                    "hubspot-stub",
                    URI.create("https://api.hubapi.example"))
            .build();

    private StubHost() {
    }

    static Connector create(Map<String, String> config) {
        ConnectorFactory factory = new HubSpotStubPlugin().connectorFactory();
        return factory.create(factory.configSpec().validate(config), ConnectorContext.builder()
                .tokens(new NoTokens())
                .connections(new NoConnections())
                .locks(new InMemoryConnectionLocks())
                .build());
    }

    /** The stub needs no tokens; any attempt to store one is a bug. */
    private static final class NoTokens implements TokenStore {
        @Override
        public Optional<StoredTokens> loadVersioned(ConnectionRef ref) {
            return Optional.empty();
        }

        @Override
        public void save(ConnectionRef ref, OAuthTokens tokens) {
            throw new UnsupportedOperationException("the stub stores no tokens");
        }

        @Override
        public boolean replace(ConnectionRef ref, long expectedVersion, OAuthTokens tokens) {
            throw new UnsupportedOperationException("the stub stores no tokens");
        }

        @Override
        public boolean delete(ConnectionRef ref) {
            throw new UnsupportedOperationException("the stub stores no tokens");
        }
    }

    /** The stub never changes a connection; any attempt is a bug. */
    private static final class NoConnections implements ConnectionStore {
        @Override
        public Optional<Connection> find(ConnectionRef ref) {
            return Optional.empty();
        }

        @Override
        public List<Connection> list(TenantId tenant) {
            return List.of();
        }

        @Override
        public void save(Connection connection) {
            throw new UnsupportedOperationException("the stub saves no connections");
        }

        @Override
        public boolean updateInstanceUrl(ConnectionRef ref, URI instanceUrl) {
            throw new UnsupportedOperationException("the stub moves no connections");
        }

        @Override
        public boolean updateStatus(ConnectionRef ref, ConnectionStatus expected, ConnectionStatus next) {
            throw new UnsupportedOperationException("the stub's canned data never refuses a token");
        }

        @Override
        public boolean delete(ConnectionRef ref) {
            throw new UnsupportedOperationException("the stub's tests delete no connections");
        }

        @Override
        public int recordRefreshFailure(ConnectionRef ref) {
            throw new UnsupportedOperationException("the stub never refreshes a token");
        }

        @Override
        public void clearRefreshFailures(ConnectionRef ref) {
            throw new UnsupportedOperationException("the stub never refreshes a token");
        }
    }
}
