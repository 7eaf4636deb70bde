package dev.crosswalk.core.domain;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * One of a tenant's webhook endpoints: where its connection events are delivered. The signing secret is not part of
 * it: it is shown once, when the endpoint is added. Immutable and thread-safe.
 *
 * @param tenant the owning tenant; never {@code null}
 * @param id the endpoint's id, such as {@code wh_...}; never {@code null}
 * @param url where events are POSTed; never {@code null}
 * @param createdAt when it was added; never {@code null}
 * @since 0.1
 */
public record WebhookEndpoint(TenantId tenant, String id, URI url, Instant createdAt) {

    public WebhookEndpoint {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
