package dev.crosswalk.emulator.hubspot;

/** Authenticates a CRM call by its bearer token and counts it against the portal's limits. Thread-safe. */
final class Gate {

    private final Tokens tokens;
    private final RateLimits limits;

    Gate(Tokens tokens, RateLimits limits) {
        this.tokens = tokens;
        this.limits = limits;
    }

    /** @throws ApiError 401 for a missing, unknown or expired token; 429 once a limit is spent */
    Grant crm(HubSpotCall call) {
        Grant grant = authenticate(call);
        limits.admit(grant, call);
        return grant;
    }

    /** Like {@link #crm}, under the search limit (five a second) instead of the burst window. */
    Grant search(HubSpotCall call) {
        Grant grant = authenticate(call);
        limits.admitSearch(grant);
        return grant;
    }

    private Grant authenticate(HubSpotCall call) {
        return tokens.authenticate(call.bearer().orElseThrow(() -> ApiError.of(401, "INVALID_AUTHENTICATION",
                "Authentication credentials not found. Send an OAuth access token or a private app token as a Bearer token.")));
    }
}
