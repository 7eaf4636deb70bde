package dev.crosswalk.testkit.salesforce.oauth;

import dev.crosswalk.testkit.salesforce.org.Org;
import dev.crosswalk.testkit.salesforce.org.OrgUser;
import java.time.Instant;

/**
 * An issued access token.
 *
 * @param generation the token epoch it was issued in; {@link Sessions#expireAll()} starts a new epoch
 * @param refreshToken the refresh token it was obtained with or alongside, or null
 */
public record AccessSession(String token, Org org, OrgUser user, String clientId, String scope, Instant issuedAt,
        Instant expiresAt, long generation, String refreshToken) {
}
