package dev.crosswalk.testkit.salesforce.oauth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.crosswalk.testkit.salesforce.http.OAuthException;
import dev.crosswalk.testkit.salesforce.org.ConnectedApp;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Verifies a JWT bearer assertion as the platform does: RS256 signed with the Connected App's certificate,
 * {@code iss} the consumer key, {@code aud} a login host, {@code exp} in the future but at most a few minutes away.
 */
public final class JwtAssertions {

    private static final Duration MAX_LIFETIME = Duration.ofMinutes(5);

    private JwtAssertions() {
    }

    /** The verified claims; throws {@code invalid_grant} with the platform's description otherwise. */
    public static JWTClaimsSet verify(String assertion, ConnectedApp app, List<String> audiences, Instant now) {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(assertion);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw OAuthException.invalidGrant("invalid assertion");
        }
        PublicKey key = app.jwtVerificationKey().orElseThrow(() -> OAuthException.invalidGrant("invalid assertion"));
        try {
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm()) || !(key instanceof RSAPublicKey rsa)
                    || !jwt.verify(new RSASSAVerifier(rsa))) {
                throw OAuthException.invalidGrant("invalid assertion");
            }
        } catch (JOSEException e) {
            throw OAuthException.invalidGrant("invalid assertion");
        }
        if (!app.clientId().equals(claims.getIssuer())) {
            throw new OAuthException(400, "invalid_client_id", "client identifier invalid");
        }
        if (claims.getAudience() == null || claims.getAudience().stream().noneMatch(audiences::contains)) {
            throw OAuthException.invalidGrant("Audience validation failed");
        }
        Date expiry = claims.getExpirationTime();
        if (expiry == null || !expiry.toInstant().isAfter(now) || expiry.toInstant().isAfter(now.plus(MAX_LIFETIME))) {
            throw OAuthException.invalidGrant("expired authorization code");
        }
        return claims;
    }
}
