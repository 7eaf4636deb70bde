package dev.crosswalk.core.port.out.store;

import dev.crosswalk.core.domain.ConnectionEvent;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.domain.WebhookDelivery;
import dev.crosswalk.core.domain.WebhookEndpoint;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Tenants' webhook endpoints (signing secrets encrypted at rest) and the deliveries {@link EventOutbox} queues for
 * them. Shared by every node. Thread-safe.
 *
 * @since 0.1
 */
public interface WebhookStore {

    /**
     * @param endpoint the new endpoint; its id is new for the tenant, which must exist
     * @param signingSecret the secret its deliveries are signed with
     * @throws IllegalArgumentException when the tenant does not exist
     */
    void addEndpoint(WebhookEndpoint endpoint, Secret signingSecret);

    /** @return the tenant's endpoints, oldest first; possibly empty */
    List<WebhookEndpoint> endpoints(TenantId tenant);

    /**
     * Removes the endpoint and its deliveries.
     *
     * @return whether the tenant had it
     */
    boolean deleteEndpoint(TenantId tenant, String endpointId);

    /**
     * @param limit the most to return
     * @return the endpoint's deliveries, newest first; empty when the tenant has no such endpoint
     */
    List<WebhookDelivery> deliveries(TenantId tenant, String endpointId, int limit);

    /**
     * Deliveries to send now: of each endpoint's deliveries for one connection, only the oldest pending one, and only
     * when its time has come, so events go out in order per connection.
     *
     * @param now the current time
     * @param limit the most to return
     * @return the due deliveries, oldest first
     */
    List<DueDelivery> due(Instant now, int limit);

    /** Marks a delivery delivered: the endpoint answered {@code status} (2xx) at {@code at}. */
    void recordSuccess(long deliveryId, int status, Instant at);

    /**
     * Records a failed attempt.
     *
     * @param responseStatus the HTTP status the endpoint answered, or {@code null} when it could not be reached
     * @param error why, for the delivery log; never {@code null}
     * @param nextAttemptAt when to try again; empty to give up
     */
    void recordFailure(long deliveryId, Integer responseStatus, String error, Instant at,
            Optional<Instant> nextAttemptAt);

    /**
     * A delivery to send now.
     *
     * @param deliveryId the delivery
     * @param endpoint where to send it; never {@code null}
     * @param signingSecret the endpoint's secret; never {@code null}
     * @param eventId the event's id, such as {@code evt_42}; never {@code null}
     * @param event the event; never {@code null}
     * @param attempts how many times it was sent before
     */
    record DueDelivery(long deliveryId, WebhookEndpoint endpoint, Secret signingSecret, String eventId,
            ConnectionEvent event, int attempts) {
    }
}
