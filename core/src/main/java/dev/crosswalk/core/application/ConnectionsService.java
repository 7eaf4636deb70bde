package dev.crosswalk.core.application;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionEvent;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.port.in.ConnectionOverview;
import dev.crosswalk.core.port.in.ManageConnectionsUseCase;
import dev.crosswalk.core.port.in.ProvisionTenantUseCase;
import dev.crosswalk.core.port.in.UseCaseException;
import dev.crosswalk.core.port.out.crm.CrmPorts;
import dev.crosswalk.core.port.out.store.ConnectionLocks;
import dev.crosswalk.core.port.out.store.ConnectionStore;
import dev.crosswalk.core.port.out.store.EventOutbox;
import dev.crosswalk.core.port.out.store.TokenStore;
import dev.crosswalk.core.port.out.store.Transactions;
import dev.crosswalk.core.port.out.store.UnreadableTokensException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Lists, shows and deletes a tenant's connections; deleting revokes the grant at the provider first. */
final class ConnectionsService implements ManageConnectionsUseCase {

    private static final Duration LOCK_WAIT = Duration.ofSeconds(30);

    private final ConnectionStore connections;
    private final TokenStore tokens;
    private final ConnectionLocks locks;
    private final ConnectionResolver resolver;

    private final ProvisionTenantUseCase provisioning;
    private final Transactions transactions;
    private final EventOutbox outbox;
    private final Clock clock;

    ConnectionsService(ConnectionStore connections, TokenStore tokens, ConnectionLocks locks,
            ConnectionResolver resolver, ProvisionTenantUseCase provisioning, Transactions transactions,
            EventOutbox outbox, Clock clock) {
        this.connections = connections;
        this.tokens = tokens;
        this.locks = locks;
        this.resolver = resolver;
        this.provisioning = provisioning;
        this.transactions = transactions;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public List<ConnectionOverview> list(TenantId tenant) {
        List<Connection> stored;
        try {
            stored = connections.list(tenant);
        } catch (UnreadableTokensException unreadable) {
            throw new UseCaseException.ConnectionTokensUnreadable(unreadable.connection());
        }
        return stored.stream()
                .filter(connection -> connection.tenant().equals(tenant))
                .map(this::overview)
                .toList();
    }

    @Override
    public ConnectionOverview get(ConnectionRef connection) {
        return overview(resolver.existingConnection(connection));
    }

    @Override
    public ConnectionOverview connectByGrant(ConnectionRef ref, String connectorKind, URI instanceUrl,
            Map<String, String> settings) {
        return connectByGrant(ref, connectorKind, instanceUrl, settings, Map.of());
    }

    @Override
    public ConnectionOverview connectByGrant(ConnectionRef ref, String connectorKind, URI instanceUrl,
            Map<String, String> settings, Map<String, Secret> secretSettings) {
        Connection connection = Connection.builder(ref, connectorKind, instanceUrl).settings(settings)
                .secretSettings(secretSettings).build();
        List<String> problems = resolver.ports(connection).problemsConnectingByGrant(settings, secretSettings);
        if (!problems.isEmpty()) {
            throw new UseCaseException.InvalidRequest("the connection cannot obtain tokens by its grant: "
                    + String.join("; ", problems), List.of());
        }
        provisioning.connectByGrant(connection);
        return overview(connection);
    }

    /**
     * Revokes, then deletes the connection and its tokens and writes the {@link ConnectionEvent.Type#DELETED} event in
     * one transaction. All under the connection's lock, the one token refreshes take, so no refresh can rotate the
     * grant between the revocation and the deletion, nor store tokens for a connection already gone.
     */
    @Override
    public void delete(ConnectionRef ref) {
        Connection connection = resolver.existingConnection(ref);
        CrmPorts ports = resolver.ports(connection);
        try (ConnectionLocks.Lease lease = lock(ref)) {
            stored(connection).ifPresent(stored -> ports.grants().ifPresent(grants ->
                    resolver.call(connection, () -> {
                        grants.revoke(connection, stored);
                        return null;
                    })));
            transactions.inTransaction(() -> {
                tokens.delete(ref);
                connections.delete(ref);
                outbox.append(new ConnectionEvent(ConnectionEvent.Type.DELETED, ref, connection.connectorKind(),
                        clock.instant(), "connection '" + ref.id().value() + "' was deleted and its grant revoked"));
                return null;
            });
        }
    }

    private ConnectionLocks.Lease lock(ConnectionRef ref) {
        try {
            return locks.acquire(ref, LOCK_WAIT);
        } catch (ConnectionLocks.LockTimeoutException busy) {
            throw new UseCaseException.CrmCallFailed(UseCaseException.CrmCallFailed.Kind.UNAVAILABLE,
                    "connection '" + ref.id() + "' is busy renewing its tokens; try the deletion again", null, null,
                    busy);
        }
    }

    private ConnectionOverview overview(Connection connection) {
        var quota = resolver.installedPorts(connection)
                .flatMap(ports -> ports.quota().lastKnownUsage(connection)).orElse(null);
        try {
            return ConnectionOverview.of(connection, tokens.load(connection.ref()).orElse(null), quota);
        } catch (UnreadableTokensException unreadable) {
            return ConnectionOverview.withUnreadableTokens(connection, quota);
        }
    }

    /** Unreadable tokens cannot be revoked: deleting stops there, saying why, so no grant is left live unnoticed. */
    private Optional<OAuthTokens> stored(Connection connection) {
        try {
            return tokens.load(connection.ref());
        } catch (UnreadableTokensException unreadable) {
            throw new UseCaseException.ConnectionTokensUnreadable(connection.ref());
        }
    }
}
