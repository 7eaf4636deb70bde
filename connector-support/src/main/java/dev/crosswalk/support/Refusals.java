package dev.crosswalk.support;

import dev.crosswalk.core.port.out.crm.CrmFailure;
import java.time.Duration;

/**
 * The usual reading of a refused HTTP call as exactly one {@link CrmFailure}, for the statuses every provider uses the
 * same way. A connector first handles its provider's own codes (a daily allowance spent, a session that is not a
 * 401), then hands the rest here. Stateless.
 *
 * @since 0.1
 */
public final class Refusals {

    private Refusals() {
    }

    /**
     * @param status the HTTP status of the refusal (not 2xx)
     * @param message what failed, for which connection, and what the provider said; never {@code null}; never a token
     * @param providerCode the provider's own error code; may be {@code null}
     * @param retryAfter how long the provider asked callers to wait; may be {@code null}
     * @return 401 {@link CrmFailure.Unauthorized} (core refreshes the token and tries once more); 404
     *     {@link CrmFailure.NotFound}; 429 {@link CrmFailure.RateLimited}; 408 and 5xx {@link CrmFailure.Transient};
     *     anything else {@link CrmFailure.Rejected}
     */
    public static CrmFailure classify(int status, String message, String providerCode, Duration retryAfter) {
        if (status == 401) {
            return new CrmFailure.Unauthorized(message, providerCode);
        }
        if (status == 404) {
            return new CrmFailure.NotFound(message, providerCode);
        }
        if (status == 429) {
            return new CrmFailure.RateLimited(message, providerCode, retryAfter);
        }
        if (status == 408 || status >= 500) {
            return new CrmFailure.Transient(message, providerCode, null);
        }
        return new CrmFailure.Rejected(message, providerCode);
    }
}
