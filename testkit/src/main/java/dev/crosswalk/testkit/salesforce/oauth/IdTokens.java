package dev.crosswalk.testkit.salesforce.oauth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.crosswalk.testkit.salesforce.org.OrgUser;
import java.time.Duration;
import java.util.Date;
import java.util.Map;

/**
 * Signs OpenID Connect {@code id_token}s (RS256) with a key made once per emulator on first use, and publishes it as
 * the JWKS at {@code /id/keys}. Thread-safe.
 */
public final class IdTokens {

    private static final Duration LIFETIME = Duration.ofMinutes(5);

    private final Platform platform;
    private RSAKey key;

    public IdTokens(Platform platform) {
        this.platform = platform;
    }

    private synchronized RSAKey key() {
        if (key == null) {
            try {
                key = new RSAKeyGenerator(2048).keyID("238").keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
            } catch (JOSEException e) {
                throw new IllegalStateException("cannot generate the id_token signing key", e);
            }
        }
        return key;
    }

    /** The public signing key as a JWK Set document. */
    public Map<String, Object> jwks() {
        return new JWKSet(key().toPublicJWK()).toJSONObject();
    }

    /** An id_token for {@code session}'s user, audience the client, with {@code nonce} when the client sent one. */
    public String issue(AccessSession session, String nonce) {
        OrgUser user = session.user();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(platform.base())
                .subject(platform.identityUrl(session.org(), user))
                .audience(session.clientId())
                .issueTime(Date.from(session.issuedAt()))
                .expirationTime(Date.from(session.issuedAt().plus(LIFETIME)))
                .claim("name", user.displayName())
                .claim("given_name", user.firstName())
                .claim("family_name", user.lastName())
                .claim("preferred_username", user.username())
                .claim("email", user.email())
                .claim("email_verified", true);
        if (nonce != null) {
            claims.claim("nonce", nonce);
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key().getKeyID()).build(), claims.build());
            jwt.sign(new RSASSASigner(key()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign an id_token", e);
        }
    }
}
