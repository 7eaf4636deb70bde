package dev.crosswalk.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.ConnectionStatus;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.port.out.store.ConnectionStore;
import dev.crosswalk.core.port.out.store.TokenStore;
import dev.crosswalk.core.toolkit.retry.CrmRetry;
import dev.crosswalk.core.toolkit.token.InMemoryConnectionLocks;
import dev.crosswalk.core.toolkit.token.TokenManager;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConnectorContextTest {

    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final Map<ConnectionRef, OAuthTokens> stored = new ConcurrentHashMap<>();
    private final Map<ConnectionRef, Connection> connections = new ConcurrentHashMap<>();
    private final Map<ConnectionRef, Long> versions = new ConcurrentHashMap<>();
    private final TokenStore tokens = new TokenStore() {
        @Override
        public Optional<StoredTokens> loadVersioned(ConnectionRef ref) {
            return Optional.ofNullable(stored.get(ref))
                    .map(found -> new StoredTokens(found, versions.getOrDefault(ref, 0L)));
        }

        @Override
        public synchronized void save(ConnectionRef ref, OAuthTokens newTokens) {
            stored.put(ref, newTokens);
            versions.merge(ref, 1L, Long::sum);
        }

        @Override
        public synchronized boolean replace(ConnectionRef ref, long expectedVersion, OAuthTokens newTokens) {
            if (!stored.containsKey(ref) || versions.getOrDefault(ref, 0L) != expectedVersion) {
                return false;
            }
            save(ref, newTokens);
            return true;
        }

        @Override
        public boolean delete(ConnectionRef ref) {
            return stored.remove(ref) != null;
        }
    };
    private final ConnectionStore connectionStore = new ConnectionStore() {
        @Override
        public Optional<Connection> find(ConnectionRef ref) {
            return Optional.ofNullable(connections.get(ref));
        }

        @Override
        public List<Connection> list(TenantId tenant) {
            return List.copyOf(connections.values());
        }

        @Override
        public void save(Connection connection) {
            connections.put(connection.ref(), connection);
        }

        @Override
        public boolean updateInstanceUrl(ConnectionRef ref, URI instanceUrl) {
            return connections.computeIfPresent(ref, (key, old) -> old.withInstanceUrl(instanceUrl)) != null;
        }

        @Override
        public boolean updateStatus(ConnectionRef ref, ConnectionStatus expected, ConnectionStatus next) {
            Connection current = connections.get(ref);
            return current != null && current.status() == expected
                    && connections.replace(ref, current, current.withStatus(next));
        }

        @Override
        public boolean delete(ConnectionRef ref) {
            return connections.remove(ref) != null;
        }

        @Override
        public int recordRefreshFailure(ConnectionRef ref) {
            return 1;
        }

        @Override
        public void clearRefreshFailures(ConnectionRef ref) {
            // this test's refreshes never fail
        }
    };
    private final CrmRetry retry = CrmRetry.builder().maxAttempts(2).build();
    private final ConnectorContext context = ConnectorContext.builder().tokens(tokens).connections(connectionStore)
            .locks(new InMemoryConnectionLocks()).retry(retry).clock(clock).build();

    private final Connection connection = Connection.builder(
            new ConnectionRef(new TenantId("acme"), new ConnectionId("sf-main")), "salesforce",
            URI.create("https://acme.my.salesforce.com")).build();

    @Test
    void lendsTheHostsClockAndRetryPolicy() {
        assertThat(context.clock()).isSameAs(clock);
        assertThat(context.retry()).isSameAs(retry);
    }

    @Test
    void tokenManagersReadAndWriteTheHostsTokenStoreAndTellTimeByTheHostsClock() {
        stored.put(connection.ref(), OAuthTokens.builder(NOW.minusSeconds(3600)).accessToken(Secret.of("old"))
                .refreshToken(Secret.of("refresh")).expiresAt(NOW.plusSeconds(10)).build());
        AtomicInteger refreshes = new AtomicInteger();
        TokenManager manager = context.tokenManager((refreshed, current) -> {
            refreshes.incrementAndGet();
            return OAuthTokens.builder(NOW).accessToken(Secret.of("new")).expiresAt(NOW.plus(Duration.ofHours(2)))
                    .build();
        });

        // 10 s before expiry by the host's clock: inside the 30 s buffer, whatever the system clock says
        assertThat(manager.accessToken(connection)).isEqualTo(Secret.of("new"));
        assertThat(refreshes).hasValue(1);
        assertThat(stored.get(connection.ref()).access()).contains(Secret.of("new"));
    }

    @Test
    void tokenManagersWriteANewInstanceUrlBackToTheHostsConnectionStore() {
        connections.put(connection.ref(), connection);
        stored.put(connection.ref(), OAuthTokens.builder(NOW).refreshToken(Secret.of("refresh")).build());
        URI moved = URI.create("https://acme-2.my.salesforce.com");
        TokenManager manager = context.tokenManager((refreshed, current) ->
                OAuthTokens.builder(NOW).accessToken(Secret.of("new")).instanceUrl(moved).build());

        String calledAt = manager.withAccess(connection, access -> access.instanceUrl().toString());

        assertThat(calledAt).isEqualTo(moved.toString());
        assertThat(connections.get(connection.ref()).instanceUrl()).isEqualTo(moved);
    }

    @Test
    void refusesMissingMachinery() {
        assertThatThrownBy(() -> ConnectorContext.builder().connections(connectionStore)
                .locks(new InMemoryConnectionLocks()).build()).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ConnectorContext.builder().tokens(tokens)
                .locks(new InMemoryConnectionLocks()).build()).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ConnectorContext.builder().tokens(tokens).connections(connectionStore).build())
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ConnectorContext.builder().retry(null)).isInstanceOf(NullPointerException.class);
    }
}
