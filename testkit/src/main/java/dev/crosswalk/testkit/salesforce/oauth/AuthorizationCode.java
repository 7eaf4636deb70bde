package dev.crosswalk.testkit.salesforce.oauth;

import dev.crosswalk.testkit.salesforce.org.Org;
import dev.crosswalk.testkit.salesforce.org.OrgUser;
import java.time.Instant;

/** A one-time code from the web-server flow, with the PKCE challenge and OpenID nonce it was issued for (or null). */
public record AuthorizationCode(String code, Org org, OrgUser user, String clientId, String redirectUri, String scope,
        String codeChallenge, String nonce, Instant expiresAt) {
}
