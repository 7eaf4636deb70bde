package dev.crosswalk.connector.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import dev.crosswalk.support.ProviderResponse;
import dev.crosswalk.support.Refusals;
import java.time.Clock;

/**
 * Reads HubSpot's error body ({@code status}, {@code message}, {@code category}, {@code correlationId}, and on a 429
 * {@code policyName}) into one {@link CrmFailure}. The daily allowance spent ({@code policyName} {@code DAILY}) is
 * {@link CrmFailure.QuotaExhausted}, which is never retried; the ten-second and secondly limits are
 * {@link CrmFailure.RateLimited}, retried after back-off; the rest is {@link Refusals}' usual reading. The correlation
 * id stays in the message, for HubSpot's support. Thread-safe.
 */
final class HubSpotRefusals {

    private final ObjectMapper json;
    private final Clock clock;

    HubSpotRefusals(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    CrmFailure of(Connection connection, String action, ProviderResponse response) {
        JsonNode body = response.jsonOrMissing(json);
        String category = text(body, "category");
        String policy = text(body, "policyName");
        String code = response.status() == 429 && policy != null ? policy : category;
        String correlation = text(body, "correlationId");
        String message = "HubSpot refused to " + action + " for connection " + connection.ref() + ": "
                + (code == null ? "" : code + ": ") + body.path("message").asText("HTTP " + response.status())
                + (correlation == null ? "" : " (correlation id " + correlation + ")");
        var retryAfter = response.retryAfter(clock.instant()).orElse(null);
        if (response.status() == 429 && "DAILY".equals(policy)) {
            return new CrmFailure.QuotaExhausted(message + " (the account's daily API allowance is spent; calls"
                    + " succeed again after midnight in the account's time zone)", code, retryAfter);
        }
        if (response.status() == 403 && "MISSING_SCOPES".equals(category)) {
            return new CrmFailure.Rejected(message + " (the customer must authorise the connection again with the"
                    + " scopes the connector asks for)", code);
        }
        return Refusals.classify(response.status(), message, code, retryAfter);
    }

    private static String text(JsonNode body, String field) {
        return body.path(field).isTextual() ? body.path(field).asText() : null;
    }
}
