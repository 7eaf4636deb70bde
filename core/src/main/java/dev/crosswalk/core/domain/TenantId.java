package dev.crosswalk.core.domain;

import java.util.Objects;

/**
 * Identifies a tenant: one customer of the host application, owning connections and API keys.
 *
 * @param value the id; never {@code null} or blank
 *
 * @since 0.1
 */
public record TenantId(String value) {

    public TenantId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a tenant id is never blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
