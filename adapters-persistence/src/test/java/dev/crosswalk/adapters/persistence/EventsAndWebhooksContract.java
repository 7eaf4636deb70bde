package dev.crosswalk.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionEvent;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.ConnectionStatus;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.domain.WebhookDelivery;
import dev.crosswalk.core.domain.WebhookEndpoint;
import dev.crosswalk.core.port.out.store.WebhookStore.DueDelivery;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The outbox, the webhook store and the transactions that tie an event to its change. */
abstract class EventsAndWebhooksContract extends DatabaseContract {

    private static final Secret SECRET = Secret.of("whsec_signing-secret-of-the-endpoint");

    private WebhookEndpoint endpoint(TenantId tenant) {
        WebhookEndpoint endpoint = new WebhookEndpoint(tenant, "wh_" + UUID.randomUUID().toString().substring(0, 8),
                URI.create("https://hooks.example/" + tenant.value()), clock.instant());
        database.webhooks().addEndpoint(endpoint, SECRET);
        return endpoint;
    }

    private ConnectionEvent event(TenantId tenant, String connection, ConnectionEvent.Type type) {
        return new ConnectionEvent(type, new ConnectionRef(tenant, new ConnectionId(connection)), "salesforce",
                clock.instant(), "what happened to " + connection);
    }

    private List<DueDelivery> dueOf(TenantId tenant, Instant now) {
        return database.webhooks().due(now, 1000).stream()
                .filter(due -> due.endpoint().tenant().equals(tenant)).toList();
    }

    @Test
    void anEventIsQueuedForEveryEndpointOfItsTenantOnly() {
        TenantId acme = newTenant();
        TenantId globex = newTenant();
        WebhookEndpoint first = endpoint(acme);
        WebhookEndpoint second = endpoint(acme);
        endpoint(globex);

        database.outbox().append(event(acme, "sf", ConnectionEvent.Type.NEEDS_REAUTHORIZATION));

        List<DueDelivery> due = dueOf(acme, clock.instant());
        assertThat(due).extracting(d -> d.endpoint().id()).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(due).allSatisfy(d -> {
            assertThat(d.signingSecret()).isEqualTo(SECRET);
            assertThat(d.event()).isEqualTo(event(acme, "sf", ConnectionEvent.Type.NEEDS_REAUTHORIZATION));
            assertThat(d.eventId()).startsWith("evt_");
        });
        assertThat(dueOf(globex, clock.instant())).isEmpty();
    }

    @Test
    void onlyTheOldestPendingDeliveryOfAConnectionIsDueSoEventsGoOutInOrder() {
        TenantId acme = newTenant();
        endpoint(acme);
        database.outbox().append(event(acme, "sf", ConnectionEvent.Type.NEEDS_REAUTHORIZATION));
        database.outbox().append(event(acme, "sf", ConnectionEvent.Type.RECONNECTED));
        database.outbox().append(event(acme, "hs", ConnectionEvent.Type.DELETED));

        List<DueDelivery> due = dueOf(acme, clock.instant());
        assertThat(due).extracting(d -> d.event().type())
                .containsExactly(ConnectionEvent.Type.NEEDS_REAUTHORIZATION, ConnectionEvent.Type.DELETED);

        database.webhooks().recordFailure(due.get(0).deliveryId(), 503, "the endpoint answered HTTP 503",
                clock.instant(), Optional.of(clock.instant().plusSeconds(10)));
        assertThat(dueOf(acme, clock.instant())).extracting(d -> d.event().type())
                .containsExactly(ConnectionEvent.Type.DELETED);
        DueDelivery retried = dueOf(acme, clock.instant().plusSeconds(10)).get(0);
        assertThat(retried.attempts()).isEqualTo(1);

        database.webhooks().recordSuccess(retried.deliveryId(), 200, clock.instant().plusSeconds(10));
        assertThat(dueOf(acme, clock.instant().plusSeconds(10))).extracting(d -> d.event().type())
                .containsExactly(ConnectionEvent.Type.RECONNECTED, ConnectionEvent.Type.DELETED);
    }

    @Test
    void keepsTheDeliveryLogAndGivesUpWhenToldTo() {
        TenantId acme = newTenant();
        WebhookEndpoint endpoint = endpoint(acme);
        database.outbox().append(event(acme, "sf", ConnectionEvent.Type.DELETED));
        DueDelivery due = dueOf(acme, clock.instant()).get(0);

        database.webhooks().recordFailure(due.deliveryId(), null, "could not reach the endpoint", clock.instant(),
                Optional.empty());

        WebhookDelivery logged = database.webhooks().deliveries(acme, endpoint.id(), 10).get(0);
        assertThat(logged.status()).isEqualTo(WebhookDelivery.Status.FAILED);
        assertThat(logged.attempts()).isEqualTo(1);
        assertThat(logged.lastError()).contains("could not reach the endpoint");
        assertThat(logged.lastResponseStatus()).isEmpty();
        assertThat(logged.nextAttemptAt()).isEmpty();
        assertThat(dueOf(acme, clock.instant().plus(Duration.ofDays(1)))).isEmpty();
    }

    @Test
    void keepsTheSigningSecretEncryptedAndForgetsDeliveriesWithTheirEndpoint() {
        TenantId acme = newTenant();
        WebhookEndpoint endpoint = endpoint(acme);
        database.outbox().append(event(acme, "sf", ConnectionEvent.Type.DELETED));

        assertThat(rawValue("SELECT secret_ciphertext FROM webhook_endpoints WHERE tenant_id = ?", acme.value()))
                .startsWith("v2:").doesNotContain(SECRET.reveal());
        assertThat(database.webhooks().endpoints(acme)).containsExactly(endpoint);
        assertThat(database.webhooks().deleteEndpoint(new TenantId("someone-else"), endpoint.id())).isFalse();
        assertThat(database.webhooks().deleteEndpoint(acme, endpoint.id())).isTrue();
        assertThat(database.webhooks().endpoints(acme)).isEmpty();
        assertThat(dueOf(acme, clock.instant())).isEmpty();
    }

    @Test
    void aTransactionWritesTheChangeAndItsEventTogetherOrNeither() {
        TenantId acme = newTenant();
        WebhookEndpoint endpoint = endpoint(acme);
        Connection connection = salesforceConnection(acme, "sf");
        database.connections().save(connection);

        assertThatThrownBy(() -> database.transactions().inTransaction(() -> {
            database.connections().updateStatus(connection.ref(), ConnectionStatus.ACTIVE,
                    ConnectionStatus.NEEDS_REAUTH);
            database.outbox().append(event(acme, "sf", ConnectionEvent.Type.NEEDS_REAUTHORIZATION));
            throw new IllegalStateException("the node failed half way");
        })).hasMessage("the node failed half way");
        assertThat(rawValue("SELECT status FROM connections WHERE tenant_id = ?", acme.value())).isEqualTo("ACTIVE");
        assertThat(database.webhooks().deliveries(acme, endpoint.id(), 10)).isEmpty();

        boolean moved = database.transactions().inTransaction(() -> {
            boolean made = database.connections().updateStatus(connection.ref(), ConnectionStatus.ACTIVE,
                    ConnectionStatus.NEEDS_REAUTH);
            database.outbox().append(event(acme, "sf", ConnectionEvent.Type.NEEDS_REAUTHORIZATION));
            return made;
        });
        assertThat(moved).isTrue();
        assertThat(rawValue("SELECT status FROM connections WHERE tenant_id = ?", acme.value()))
                .isEqualTo("NEEDS_REAUTH");
        assertThat(database.webhooks().deliveries(acme, endpoint.id(), 10)).hasSize(1);
    }

    @Test
    void anEventWithAKeyIsAppendedOnceAcrossNodes() {
        TenantId acme = newTenant();
        WebhookEndpoint endpoint = endpoint(acme);
        ConnectionEvent alert = event(acme, "sf", ConnectionEvent.Type.QUOTA_ALERT);
        String key = "quota:" + acme.value() + "/sf:20454";

        assertThat(database.outbox().appendOnce(alert, key)).isTrue();
        assertThat(openAnother(this.key).outbox().appendOnce(alert, key)).isFalse();
        assertThat(database.outbox().appendOnce(alert, key + "-next-window")).isTrue();

        assertThat(database.webhooks().deliveries(acme, endpoint.id(), 10)).hasSize(2)
                .allSatisfy(delivery -> assertThat(delivery.event()).isEqualTo(alert));
    }

    @Test
    void refusesAnEndpointForATenantThatDoesNotExist() {
        WebhookEndpoint orphan = new WebhookEndpoint(new TenantId("nobody-" + UUID.randomUUID()), "wh_1",
                URI.create("https://hooks.example"), clock.instant());

        assertThatThrownBy(() -> database.webhooks().addEndpoint(orphan, SECRET))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no tenant");
    }
}
