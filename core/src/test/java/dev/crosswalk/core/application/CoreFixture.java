package dev.crosswalk.core.application;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionStatus;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.toolkit.token.InMemoryConnectionLocks;
import dev.crosswalk.core.fakes.InMemoryAuthorizationStore;
import dev.crosswalk.core.fakes.InMemoryConnectionStore;
import dev.crosswalk.core.fakes.InMemoryCrm;
import dev.crosswalk.core.fakes.InMemoryMappingOverrideStore;
import dev.crosswalk.core.fakes.InMemoryTenantStore;
import dev.crosswalk.core.fakes.InMemoryTokenStore;
import dev.crosswalk.core.fakes.InMemoryTransactions;
import dev.crosswalk.core.fakes.InMemoryWebhooks;
import dev.crosswalk.core.fakes.RecordingWebhookSender;
import dev.crosswalk.core.fakes.MutableClock;
import dev.crosswalk.core.fakes.TestConnections;
import dev.crosswalk.core.port.out.host.ConnectionEvents;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Core built on in-memory stores with one fake connector of kind {@code fake}: tenant {@code acme} has connection
 * {@code crm-1}, tenant {@code globex} has {@code crm-1} too (ids are per tenant).
 */
final class CoreFixture {

    final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
    final InMemoryConnectionStore connections = new InMemoryConnectionStore();
    final InMemoryTenantStore tenants = new InMemoryTenantStore();
    final InMemoryTokenStore tokens = new InMemoryTokenStore();
    final InMemoryConnectionLocks locks = new InMemoryConnectionLocks();
    final InMemoryAuthorizationStore authorizations = new InMemoryAuthorizationStore();
    final InMemoryWebhooks webhooks = new InMemoryWebhooks();
    final RecordingWebhookSender webhookSender = new RecordingWebhookSender();
    final InMemoryMappingOverrideStore overrides = new InMemoryMappingOverrideStore(clock);
    final List<String> reauthorizationEvents = new CopyOnWriteArrayList<>();
    final InMemoryCrm crm;
    final Connection acme = TestConnections.active("acme", "crm-1", "fake");
    final Connection globex = TestConnections.active("globex", "crm-1", "fake");
    final CrosswalkCore core;

    CoreFixture(InMemoryCrm crm) {
        this(crm, null);
    }

    /** @param hostEvents what the host is told; {@code null} to record re-authorisation events in a list */
    CoreFixture(InMemoryCrm crm, ConnectionEvents hostEvents) {
        this.crm = crm;
        connections.save(acme);
        connections.save(globex);
        ConnectionEvents events = hostEvents != null ? hostEvents
                : (connection, reason) -> reauthorizationEvents.add(connection.ref() + ": " + reason);
        this.core = CrosswalkCore.builder().connections(connections).tenants(tenants).tokens(tokens).locks(locks)
                .authorizations(authorizations)
                .transactions(new InMemoryTransactions()).outbox(webhooks).webhooks(webhooks, webhookSender)
                .overrides(overrides)
                .connectors(kind -> "fake".equals(kind) ? Optional.of(crm) : Optional.empty())
                .events(events).cursorKey(Secret.of("cursor-signing-key")).clock(clock).build();
    }

    void needsReauthorization(Connection connection) {
        connections.save(connection.withStatus(ConnectionStatus.NEEDS_REAUTH));
    }
}
