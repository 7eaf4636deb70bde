package dev.crosswalk.core.fakes;

import dev.crosswalk.core.domain.ConnectionEvent;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.domain.WebhookDelivery;
import dev.crosswalk.core.domain.WebhookEndpoint;
import dev.crosswalk.core.port.out.store.EventOutbox;
import dev.crosswalk.core.port.out.store.WebhookStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The outbox and the webhook store in memory, as the database keeps them: appending fans out to the endpoints. */
public final class InMemoryWebhooks implements EventOutbox, WebhookStore {

    private record Endpoint(WebhookEndpoint endpoint, Secret secret) {
    }

    private final List<ConnectionEvent> events = new ArrayList<>();
    private final Map<String, Endpoint> endpoints = new LinkedHashMap<>();
    private final Map<Long, WebhookDelivery> deliveries = new LinkedHashMap<>();
    private final Map<Long, String> endpointOf = new LinkedHashMap<>();

    @Override
    public synchronized void append(ConnectionEvent event) {
        events.add(event);
        String eventId = "evt_" + events.size();
        for (Endpoint endpoint : endpoints.values()) {
            if (endpoint.endpoint().tenant().equals(event.connection().tenant())) {
                long id = deliveries.size() + 1L;
                deliveries.put(id, new WebhookDelivery(id, eventId, event, WebhookDelivery.Status.PENDING, 0,
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(event.occurredAt())));
                endpointOf.put(id, endpoint.endpoint().id());
            }
        }
    }

    private final Set<String> keys = new HashSet<>();

    @Override
    public synchronized boolean appendOnce(ConnectionEvent event, String key) {
        if (!keys.add(key)) {
            return false;
        }
        append(event);
        return true;
    }

    /** @return every event appended, in order */
    public synchronized List<ConnectionEvent> events() {
        return List.copyOf(events);
    }

    @Override
    public synchronized void addEndpoint(WebhookEndpoint endpoint, Secret signingSecret) {
        endpoints.put(endpoint.id(), new Endpoint(endpoint, signingSecret));
    }

    @Override
    public synchronized List<WebhookEndpoint> endpoints(TenantId tenant) {
        return endpoints.values().stream().map(Endpoint::endpoint).filter(e -> e.tenant().equals(tenant)).toList();
    }

    @Override
    public synchronized boolean deleteEndpoint(TenantId tenant, String endpointId) {
        Endpoint removed = endpoints.get(endpointId);
        if (removed == null || !removed.endpoint().tenant().equals(tenant)) {
            return false;
        }
        endpoints.remove(endpointId);
        endpointOf.entrySet().removeIf(entry -> {
            boolean gone = entry.getValue().equals(endpointId);
            if (gone) {
                deliveries.remove(entry.getKey());
            }
            return gone;
        });
        return true;
    }

    @Override
    public synchronized List<WebhookDelivery> deliveries(TenantId tenant, String endpointId, int limit) {
        return deliveries.values().stream().filter(d -> endpointId.equals(endpointOf.get(d.id())))
                .filter(d -> d.event().connection().tenant().equals(tenant))
                .sorted(Comparator.comparingLong(WebhookDelivery::id).reversed()).limit(limit).toList();
    }

    @Override
    public synchronized List<DueDelivery> due(Instant now, int limit) {
        Set<String> lanesSeen = new HashSet<>();
        List<DueDelivery> due = new ArrayList<>();
        for (WebhookDelivery delivery : deliveries.values()) {
            if (delivery.status() != WebhookDelivery.Status.PENDING) {
                continue;
            }
            String endpointId = endpointOf.get(delivery.id());
            if (!lanesSeen.add(endpointId + "/" + delivery.event().connection())) {
                continue;
            }
            if (!delivery.nextAttemptAt().orElseThrow().isAfter(now) && due.size() < limit) {
                Endpoint endpoint = endpoints.get(endpointId);
                due.add(new DueDelivery(delivery.id(), endpoint.endpoint(), endpoint.secret(), delivery.eventId(),
                        delivery.event(), delivery.attempts()));
            }
        }
        return due;
    }

    @Override
    public synchronized void recordSuccess(long deliveryId, int status, Instant at) {
        WebhookDelivery d = deliveries.get(deliveryId);
        deliveries.put(deliveryId, new WebhookDelivery(d.id(), d.eventId(), d.event(),
                WebhookDelivery.Status.DELIVERED, d.attempts() + 1, Optional.of(at), Optional.of(status),
                Optional.empty(), Optional.empty()));
    }

    @Override
    public synchronized void recordFailure(long deliveryId, Integer responseStatus, String error, Instant at,
            Optional<Instant> nextAttemptAt) {
        WebhookDelivery d = deliveries.get(deliveryId);
        deliveries.put(deliveryId, new WebhookDelivery(d.id(), d.eventId(), d.event(),
                nextAttemptAt.isPresent() ? WebhookDelivery.Status.PENDING : WebhookDelivery.Status.FAILED,
                d.attempts() + 1, Optional.of(at), Optional.ofNullable(responseStatus), Optional.of(error),
                nextAttemptAt));
    }
}
