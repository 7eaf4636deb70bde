package dev.crosswalk.core.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * A deal in a CRM, in the unified shape.
 *
 * @param id the provider's record id; never {@code null}
 * @param name the opportunity name, or {@code null}
 * @param amount the amount in the record's currency, or {@code null}
 * @param stage the sales stage as the provider names it, or {@code null}
 * @param closeDate the expected close date, or {@code null}
 * @param account the account the deal is with, or {@code null}
 * @param createdAt when the provider created it, or {@code null}
 * @param updatedAt when the provider last changed it, or {@code null}
 * @param customFields provider fields outside the unified model; never {@code null}
 */
public record Opportunity(
        String id,
        String name,
        BigDecimal amount,
        String stage,
        LocalDate closeDate,
        AccountRef account,
        Instant createdAt,
        Instant updatedAt,
        Map<String, Object> customFields) {

    public Opportunity {
        Objects.requireNonNull(id, "id");
        customFields = CustomFields.copyOf(customFields);
    }
}
