package dev.crosswalk.core.domain;

import java.util.Objects;

/**
 * The key of a connection. Connection ids are chosen per tenant, so a connection is only ever looked up together
 * with its tenant: one tenant can never reach another's connection by guessing its id.
 *
 * @param tenant the owning tenant; never {@code null}
 * @param id the connection id within that tenant; never {@code null}
 *
 * @since 0.1
 */
public record ConnectionRef(TenantId tenant, ConnectionId id) {

    public ConnectionRef {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String toString() {
        return tenant + "/" + id;
    }
}
