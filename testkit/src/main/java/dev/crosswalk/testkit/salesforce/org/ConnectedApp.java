package dev.crosswalk.testkit.salesforce.org;

import dev.crosswalk.testkit.salesforce.RefreshTokenPolicy;
import java.security.PublicKey;
import java.util.List;
import java.util.Optional;

/**
 * A Connected App registered in an org.
 *
 * @param callbackUrls allowed {@code redirect_uri} values for the web-server flow; empty allows any
 * @param installed    false models an app an admin has not installed: every flow fails with OAUTH_APP_BLOCKED
 * @param jwtKey       the public key of the certificate uploaded for the JWT bearer flow, or null
 */
public record ConnectedApp(String clientId, String clientSecret, List<String> callbackUrls, boolean installed,
        RefreshTokenPolicy refreshTokenPolicy, PublicKey jwtKey) {

    public Optional<PublicKey> jwtVerificationKey() {
        return Optional.ofNullable(jwtKey);
    }

    public boolean allowsCallback(String redirectUri) {
        return callbackUrls.isEmpty() || callbackUrls.contains(redirectUri);
    }
}
