package dev.crosswalk.testkit.salesforce.oauth;

import dev.crosswalk.testkit.salesforce.org.Org;
import dev.crosswalk.testkit.salesforce.org.OrgUser;
import java.time.Instant;

/**
 * An issued refresh token and who it speaks for.
 *
 * @param family shared by a token and all tokens rotated from it
 * @param issuedAt when this token was issued (introspection's {@code iat})
 */
public record RefreshGrant(String token, Org org, OrgUser user, String clientId, String scope, String family, Instant issuedAt) {
}
