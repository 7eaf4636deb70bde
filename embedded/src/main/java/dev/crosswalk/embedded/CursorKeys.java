package dev.crosswalk.embedded;

import dev.crosswalk.adapters.persistence.TokenEncryptionKey;
import dev.crosswalk.core.domain.Secret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Derives the key that signs cursors from the token encryption key: every node shares it without another secret to
 * distribute, and it never equals the key that encrypts tokens.
 */
final class CursorKeys {

    private CursorKeys() {
    }

    static Secret derivedFrom(TokenEncryptionKey tokenKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(tokenKey.toBase64()), "HmacSHA256"));
            byte[] derived = mac.doFinal("crosswalk cursor signing v1".getBytes(StandardCharsets.UTF_8));
            return Secret.of(Base64.getEncoder().encodeToString(derived));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("every JDK ships HmacSHA256", impossible);
        }
    }
}
