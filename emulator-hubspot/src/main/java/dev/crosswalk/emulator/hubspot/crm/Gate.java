package dev.crosswalk.emulator.hubspot.crm;

import dev.crosswalk.emulator.hubspot.http.ApiError;
import dev.crosswalk.emulator.hubspot.http.HubSpotCall;
import dev.crosswalk.emulator.hubspot.http.RateLimits;
import dev.crosswalk.emulator.hubspot.oauth.Grant;
import dev.crosswalk.emulator.hubspot.oauth.Tokens;

/** Authenticates a CRM call by its bearer token and counts it against the portal's limits. Thread-safe. */
public final class Gate {

    private final Tokens tokens;
    private final RateLimits limits;

    /** A gate over the emulator's tokens and rate limits. */
    public Gate(Tokens tokens, RateLimits limits) {
        this.tokens = tokens;
        this.limits = limits;
    }

    /** @throws ApiError 401 for a missing, unknown or expired token; 429 once a limit is spent */
    Grant crm(HubSpotCall call) {
        Grant grant = authenticate(call);
        limits.admit(grant.portal().hubId(), grant.privateApp(), call);
        return grant;
    }

    /** Like {@link #crm}, under the search limit (five a second) instead of the burst window. */
    Grant search(HubSpotCall call) {
        Grant grant = authenticate(call);
        limits.admitSearch(grant.portal().hubId());
        return grant;
    }

    private Grant authenticate(HubSpotCall call) {
        return tokens.authenticate(call.bearer().orElseThrow(() -> ApiError.of(401, "INVALID_AUTHENTICATION",
                "Authentication credentials not found. Send an OAuth access token or a private app token as a Bearer token.")));
    }
}
