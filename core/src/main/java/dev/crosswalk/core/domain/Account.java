package dev.crosswalk.core.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A company in a CRM, in the unified shape.
 *
 * @param id the provider's record id; never {@code null}
 * @param name the account name, or {@code null}
 * @param industry the industry, or {@code null}
 * @param website the website, or {@code null}
 * @param createdAt when the provider created it, or {@code null}
 * @param updatedAt when the provider last changed it, or {@code null}
 * @param customFields provider fields outside the unified model; never {@code null}
 */
public record Account(
        String id,
        String name,
        String industry,
        String website,
        Instant createdAt,
        Instant updatedAt,
        Map<String, Object> customFields) {

    public Account {
        Objects.requireNonNull(id, "id");
        customFields = CustomFields.copyOf(customFields);
    }
}
