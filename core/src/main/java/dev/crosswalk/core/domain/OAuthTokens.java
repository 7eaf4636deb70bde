package dev.crosswalk.core.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The tokens held for one connection.
 *
 * @param accessToken the bearer token, or {@code null} before the first refresh
 * @param refreshToken the long-lived token, or {@code null} for flows that issue none (JWT bearer, client credentials)
 * @param issuedAt when the access token was issued; never {@code null}
 * @param expiresAt when the access token stops working, or {@code null} when the provider does not say
 *     (Salesforce sends no {@code expires_in}; connectors estimate it from the org's session timeout)
 */
public record OAuthTokens(Secret accessToken, Secret refreshToken, Instant issuedAt, Instant expiresAt) {

    public OAuthTokens {
        Objects.requireNonNull(issuedAt, "issuedAt");
    }

    /** @return the access token, if one has been issued */
    public Optional<Secret> access() {
        return Optional.ofNullable(accessToken);
    }

    /** @return the refresh token, if the flow issued one */
    public Optional<Secret> refresh() {
        return Optional.ofNullable(refreshToken);
    }

    /**
     * @param now the current time
     * @param buffer how long before expiry a token already counts as expired
     * @return whether a call made now should refresh first: no access token, or expiry within {@code buffer}
     */
    public boolean needsRefreshAt(Instant now, Duration buffer) {
        return accessToken == null || (expiresAt != null && !now.plus(buffer).isBefore(expiresAt));
    }

    @Override
    public String toString() {
        return "OAuthTokens[issuedAt=" + issuedAt + ", expiresAt=" + expiresAt + "]";
    }
}
