package dev.crosswalk.adapters.http;

import dev.crosswalk.core.domain.ConnectionEvent;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.domain.WebhookDelivery;
import dev.crosswalk.core.domain.WebhookEndpoint;
import dev.crosswalk.core.port.in.ManageWebhooksUseCase;
import dev.crosswalk.core.port.in.UseCaseException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Webhook endpoints in a list; each has one failed delivery of a needs-re-authorisation event. Thread-safe. */
final class FakeWebhooks implements ManageWebhooksUseCase {

    static final Instant CREATED = Instant.parse("2026-12-06T09:00:00Z");

    private final List<WebhookEndpoint> endpoints = new ArrayList<>();
    int lastLimit;

    @Override
    public synchronized Registered register(TenantId tenant, URI url) {
        WebhookEndpoint endpoint = new WebhookEndpoint(tenant, "wh_" + (endpoints.size() + 1), url, CREATED);
        endpoints.add(endpoint);
        return new Registered(endpoint, Secret.of("whsec_secret-" + endpoints.size()));
    }

    @Override
    public synchronized List<WebhookEndpoint> list(TenantId tenant) {
        return endpoints.stream().filter(endpoint -> endpoint.tenant().equals(tenant)).toList();
    }

    @Override
    public synchronized void delete(TenantId tenant, String endpointId) {
        if (!endpoints.removeIf(e -> e.tenant().equals(tenant) && e.id().equals(endpointId))) {
            throw new UseCaseException.WebhookNotFound(endpointId);
        }
    }

    @Override
    public synchronized List<WebhookDelivery> deliveries(TenantId tenant, String endpointId, int limit) {
        lastLimit = limit;
        if (list(tenant).stream().noneMatch(endpoint -> endpoint.id().equals(endpointId))) {
            throw new UseCaseException.WebhookNotFound(endpointId);
        }
        ConnectionEvent event = new ConnectionEvent(ConnectionEvent.Type.NEEDS_REAUTHORIZATION,
                new ConnectionRef(tenant, new ConnectionId("sf-prod")), "salesforce", CREATED, "invalid_grant");
        return List.of(new WebhookDelivery(7, "evt_3", event, WebhookDelivery.Status.PENDING, 2,
                Optional.of(CREATED.plusSeconds(10)), Optional.of(503), Optional.of("the endpoint answered HTTP 503"),
                Optional.of(CREATED.plusSeconds(30))));
    }
}
