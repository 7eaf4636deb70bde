package dev.crosswalk.core.application;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionEvent;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.ConnectionStatus;
import dev.crosswalk.core.port.in.UseCaseException;
import dev.crosswalk.core.port.in.UseCaseException.CrmCallFailed.Kind;
import dev.crosswalk.core.port.out.host.ConnectionEvents;
import dev.crosswalk.core.port.out.store.ConnectionStore;
import dev.crosswalk.core.port.out.store.EventOutbox;
import dev.crosswalk.core.port.out.store.Transactions;
import dev.crosswalk.core.port.out.store.UnreadableTokensException;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import dev.crosswalk.core.port.out.crm.CrmPorts;
import dev.crosswalk.core.port.out.host.CrmPortsProvider;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** Finds a tenant's usable connection and the connector that serves it, and runs connector calls for it. */
final class ConnectionResolver {

    private final ConnectionStore connections;
    private final CrmPortsProvider connectors;
    private final ConnectionEvents events;
    private final Transactions transactions;
    private final EventOutbox outbox;
    private final Clock clock;
    private final QuotaAlerts quotaAlerts;

    ConnectionResolver(ConnectionStore connections, CrmPortsProvider connectors, ConnectionEvents events,
            Transactions transactions, EventOutbox outbox, Clock clock, double quotaAlertThreshold) {
        this.connections = connections;
        this.connectors = connectors;
        this.events = events;
        this.transactions = transactions;
        this.outbox = outbox;
        this.clock = clock;
        this.quotaAlerts = new QuotaAlerts(outbox, clock, quotaAlertThreshold);
    }

    /** Writes a quota alert when the connection's last reported usage crossed the threshold in this window. */
    void afterCall(Connection connection, CrmPorts ports) {
        quotaAlerts.afterCall(connection, ports);
    }

    /** @return the tenant's connection, whatever its status */
    Connection existingConnection(ConnectionRef ref) {
        // The store is asked by tenant and id; checking the answer too keeps one tenant away from another's
        // connection even if a store implementation ignores the tenant.
        Optional<Connection> found;
        try {
            found = connections.find(ref);
        } catch (UnreadableTokensException unreadable) {
            throw new UseCaseException.ConnectionTokensUnreadable(ref);
        }
        return found.filter(connection -> connection.ref().equals(ref))
                .orElseThrow(() -> new UseCaseException.ConnectionNotFound(ref));
    }

    /** @return the tenant's connection, refused when it needs re-authorisation */
    Connection usableConnection(ConnectionRef ref) {
        Connection connection = existingConnection(ref);
        if (connection.status() == ConnectionStatus.NEEDS_REAUTH) {
            throw new UseCaseException.ConnectionNeedsReauthorization(ref);
        }
        return connection;
    }

    /** @return the tenant's usable connection with the connector serving it */
    ConnectedCrm open(ConnectionRef ref) {
        Connection connection = usableConnection(ref);
        return new ConnectedCrm(connection, ports(connection), this);
    }

    /** @return the ports of the connector serving {@code connection} */
    CrmPorts ports(Connection connection) {
        return ports(connection.connectorKind());
    }

    /** @return the ports of the installed connector of that kind */
    CrmPorts ports(String connectorKind) {
        return connectors.forKind(connectorKind)
                .orElseThrow(() -> new UseCaseException.ConnectorNotInstalled(connectorKind));
    }

    /** @return the ports of the connector serving {@code connection}, or empty when it is not installed */
    Optional<CrmPorts> installedPorts(Connection connection) {
        return connectors.forKind(connection.connectorKind());
    }

    /**
     * Runs a connector call for {@code connection} and translates its failure into the use case's terms: a page token
     * the connector refuses is an invalid cursor; tokens the store cannot read are reported as such; a refused grant
     * marks the connection
     * {@link ConnectionStatus#NEEDS_REAUTH} (so that later requests stop sending a dead refresh token) and tells the
     * host once per transition, which tells the customer; every other failure is a
     * {@link UseCaseException.CrmCallFailed}.
     */
    <T> T call(Connection connection, Supplier<T> connectorCall) {
        try {
            return connectorCall.get();
        } catch (UnreadableTokensException unreadable) {
            throw new UseCaseException.ConnectionTokensUnreadable(connection.ref());
        } catch (CrmFailure failure) {
            throw switch (failure) {
                case CrmFailure.InvalidPageToken refused -> new UseCaseException.InvalidCursor();
                case CrmFailure.InvalidInput refused -> new UseCaseException.InvalidRequest(refused.getMessage(),
                        java.util.List.of());
                case CrmFailure.ReauthorizationRequired refused -> needsReauthorization(connection, refused);
                case CrmFailure.QuotaExhausted spent -> failed(Kind.QUOTA_EXHAUSTED, spent, spent.retryAfter().orElse(null));
                case CrmFailure.RateLimited limited -> failed(Kind.RATE_LIMITED, limited, limited.retryAfter().orElse(null));
                case CrmFailure.Transient unavailable -> failed(Kind.UNAVAILABLE, unavailable, null);
                case CrmFailure.Unauthorized refused -> failed(Kind.TOKEN_REFUSED, refused, null);
                case CrmFailure.Rejected rejected -> failed(Kind.REJECTED, rejected, null);
                case CrmFailure.NotFound missing -> failed(Kind.NOT_FOUND, missing, null);
                default -> failed(Kind.REJECTED, failure, null);
            };
        }
    }

    /**
     * Marks the connection with a conditional update, so that of many calls refused together (in this process or
     * another) exactly one makes the transition, writes the event to the outbox in the same transaction and tells the
     * host, and a re-authorisation saved meanwhile is kept.
     */
    private UseCaseException needsReauthorization(Connection connection, CrmFailure.ReauthorizationRequired refused) {
        boolean moved = transactions.inTransaction(() -> {
            boolean madeTheMove = connections.updateStatus(connection.ref(), connection.status(),
                    ConnectionStatus.NEEDS_REAUTH);
            if (madeTheMove) {
                outbox.append(new ConnectionEvent(ConnectionEvent.Type.NEEDS_REAUTHORIZATION, connection.ref(),
                        connection.connectorKind(), clock.instant(), refused.getMessage()));
            }
            return madeTheMove;
        });
        if (moved) {
            events.needsReauthorization(connection.withStatus(ConnectionStatus.NEEDS_REAUTH), refused.getMessage());
        }
        return new UseCaseException.ConnectionNeedsReauthorization(connection.ref());
    }

    private static UseCaseException failed(Kind kind, CrmFailure failure, Duration retryAfter) {
        return new UseCaseException.CrmCallFailed(kind, failure.getMessage(), failure.providerCode().orElse(null),
                retryAfter, failure);
    }
}
