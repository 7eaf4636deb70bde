package dev.crosswalk.core.application;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionEvent;
import dev.crosswalk.core.domain.ConnectionStatus;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.port.in.ProvisionTenantUseCase;
import dev.crosswalk.core.port.out.store.ConnectionStore;
import dev.crosswalk.core.port.out.store.EventOutbox;
import dev.crosswalk.core.port.out.store.TenantStore;
import dev.crosswalk.core.port.out.store.TokenStore;
import dev.crosswalk.core.port.out.store.Transactions;
import java.time.Clock;
import java.util.Optional;

/** Creates tenants, issues API keys ({@code cwk_} + 32 random bytes) and stores connections with their tokens. */
final class TenantProvisioningService implements ProvisionTenantUseCase {

    private static final String KEY_PREFIX = "cwk_";
    private static final int KEY_BYTES = 32;

    private final TenantStore tenants;
    private final ConnectionStore connections;
    private final TokenStore tokens;
    private final Transactions transactions;
    private final EventOutbox outbox;
    private final Clock clock;

    TenantProvisioningService(TenantStore tenants, ConnectionStore connections, TokenStore tokens,
            Transactions transactions, EventOutbox outbox, Clock clock) {
        this.tenants = tenants;
        this.connections = connections;
        this.tokens = tokens;
        this.transactions = transactions;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public Secret issueApiKey(TenantId tenant, String displayName) {
        tenants.createTenant(tenant, displayName);
        Secret key = Secret.of(KEY_PREFIX + RandomText.ofBytes(KEY_BYTES));
        tenants.addApiKeyHash(tenant, ApiKeyHash.of(key.reveal()));
        return key;
    }

    /**
     * Stores the connection and its tokens in one transaction. A reconnection stores the new tokens before it makes
     * the connection active again (a call that still sees the old status never pairs it with the new grant, so a
     * refusal of the old grant cannot mark the new one dead), and one of a connection that needed the customer writes
     * a {@link ConnectionEvent.Type#RECONNECTED} event with them.
     */
    private void store(Connection connection, OAuthTokens initialTokens) {
        transactions.inTransaction(() -> {
            Optional<Connection> existing = connections.find(connection.ref());
            if (existing.isPresent()) {
                tokens.save(connection.ref(), initialTokens);
                connections.save(connection);
                if (existing.get().status() != ConnectionStatus.ACTIVE) {
                    outbox.append(new ConnectionEvent(ConnectionEvent.Type.RECONNECTED, connection.ref(),
                            connection.connectorKind(), clock.instant(), "connection '" + connection.id().value()
                                    + "' was authorised again and is active"));
                }
            } else {
                connections.save(connection);
                tokens.save(connection.ref(), initialTokens);
            }
            return null;
        });
    }

    @Override
    public Secret replaceApiKeys(TenantId tenant, String displayName) {
        Secret key = issueApiKey(tenant, displayName);
        tenants.revokeApiKeyHashesExcept(tenant, ApiKeyHash.of(key.reveal()));
        return key;
    }

    @Override
    public boolean revokeApiKey(TenantId tenant, Secret key) {
        return tenants.revokeApiKeyHash(tenant, ApiKeyHash.of(key.reveal()));
    }

    @Override
    public void connectByGrant(Connection connection) {
        store(connection, OAuthTokens.builder(clock.instant()).build());
    }

    @Override
    public void connect(Connection connection, OAuthTokens initialTokens) {
        if (initialTokens.access().isEmpty() && initialTokens.refresh().isEmpty()) {
            throw new IllegalArgumentException("a connection needs an access token or a refresh token");
        }
        store(connection, initialTokens);
    }
}
