package dev.crosswalk.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crosswalk.core.domain.QuotaUsage;
import java.time.Instant;
import java.util.Optional;

/**
 * A connection's CRM API allowance as the CRM last reported it. Before the CRM reported any, {@code reported} is
 * {@code false} and every other member {@code null}; {@code window_seconds} is {@code null} when the CRM does not say
 * which period the allowance covers.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record QuotaJson(
        boolean reported,
        Long used,
        Long limit,
        Long remaining,
        @JsonProperty("observed_at") Instant observedAt,
        @JsonProperty("window_seconds") Long windowSeconds) {

    static QuotaJson of(Optional<QuotaUsage> usage) {
        return usage.map(known -> new QuotaJson(true, known.used(), known.limit(), known.remaining(),
                        known.observedAt(), known.window().map(window -> window.toSeconds()).orElse(null)))
                .orElse(new QuotaJson(false, null, null, null, null, null));
    }
}
