package dev.crosswalk.connector.salesforce;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.crosswalk.core.domain.Secret;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

/**
 * The assertion of Salesforce's OAuth 2.0 JWT bearer flow: issued by the Connected App's consumer key, for the
 * connection's user, to the login host, valid for three minutes, signed RS256 with the key whose certificate the app
 * holds. Stateless.
 */
final class JwtAssertion {

    private static final Duration LIFETIME = Duration.ofMinutes(3);
    private static final String PEM_HEADER = "-----BEGIN PRIVATE KEY-----";
    private static final String PEM_FOOTER = "-----END PRIVATE KEY-----";

    private JwtAssertion() {
    }

    static String sign(PrivateKey key, String clientId, String username, URI loginUrl, Instant now) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(clientId)
                .subject(username)
                .audience(loginUrl.getScheme() + "://" + loginUrl.getRawAuthority())
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException unusable) {
            throw new IllegalStateException("the jwt_private_key cannot sign: " + unusable.getMessage(), unusable);
        }
        return jwt.serialize();
    }

    /**
     * @param pem a PKCS#8 RSA private key in PEM ({@code -----BEGIN PRIVATE KEY-----})
     * @return the key
     * @throws IllegalArgumentException when it is not one; the message never quotes the key
     */
    static PrivateKey privateKey(Secret pem) {
        String text = pem.reveal().strip();
        if (!text.startsWith(PEM_HEADER) || !text.endsWith(PEM_FOOTER)) {
            throw new IllegalArgumentException("jwt_private_key is not a PKCS#8 PEM key (-----BEGIN PRIVATE KEY-----)");
        }
        String base64 = text.substring(PEM_HEADER.length(), text.length() - PEM_FOOTER.length()).replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder()
                    .decode(base64)));
        } catch (IllegalArgumentException | GeneralSecurityException unreadable) {
            throw new IllegalArgumentException("jwt_private_key is not a readable RSA private key");
        }
    }

    /** @return whether {@code pem} is a usable key, for the configuration check */
    static boolean readable(String pem) {
        try {
            privateKey(Secret.of(pem));
            return true;
        } catch (IllegalArgumentException unusable) {
            return false;
        }
    }
}
