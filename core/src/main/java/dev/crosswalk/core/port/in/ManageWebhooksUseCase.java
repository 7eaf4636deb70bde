package dev.crosswalk.core.port.in;

import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.domain.WebhookDelivery;
import dev.crosswalk.core.domain.WebhookEndpoint;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * A tenant's webhook endpoints, where its connection events (a connection needing re-authorisation, reconnected,
 * deleted) are delivered, signed as {@link dev.crosswalk.core.toolkit.webhook.WebhookSignatures} says, at least once
 * and in order per connection, retried with back-off. Thread-safe.
 *
 * @since 0.1
 */
public interface ManageWebhooksUseCase {

    /**
     * Adds an endpoint; events from now on are delivered to it.
     *
     * @param tenant the tenant; never {@code null}
     * @param url an absolute http(s) URL; never {@code null}
     * @return the endpoint and its signing secret, which cannot be read back
     * @throws UseCaseException.InvalidRequest when the URL is not an absolute http(s) URL
     */
    Registered register(TenantId tenant, URI url);

    /** @return the tenant's endpoints, oldest first */
    List<WebhookEndpoint> list(TenantId tenant);

    /**
     * Removes an endpoint and its pending deliveries.
     *
     * @throws UseCaseException.WebhookNotFound when the tenant has no such endpoint
     */
    void delete(TenantId tenant, String endpointId);

    /**
     * @param limit the most to return, 1 to 1000
     * @return the endpoint's delivery log, newest first
     * @throws UseCaseException.WebhookNotFound when the tenant has no such endpoint
     */
    List<WebhookDelivery> deliveries(TenantId tenant, String endpointId, int limit);

    /**
     * A new endpoint with its signing secret.
     *
     * @param endpoint the endpoint; never {@code null}
     * @param signingSecret its secret, shown this once; never {@code null}
     */
    record Registered(WebhookEndpoint endpoint, Secret signingSecret) {
        public Registered {
            Objects.requireNonNull(endpoint, "endpoint");
            Objects.requireNonNull(signingSecret, "signingSecret");
        }
    }
}
