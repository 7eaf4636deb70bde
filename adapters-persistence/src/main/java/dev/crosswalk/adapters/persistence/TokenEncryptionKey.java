package dev.crosswalk.adapters.persistence;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The 256-bit AES key that encrypts OAuth tokens at rest. The host supplies it (from a secret store or an environment
 * variable, as base64) and must keep supplying the same key: tokens stored under one key cannot be read with another.
 * {@link #toString()} masks it. Immutable and thread-safe.
 */
public final class TokenEncryptionKey {

    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;

    private TokenEncryptionKey(byte[] key) {
        this.key = key;
    }

    /**
     * @param base64 the standard base64 of exactly 32 bytes; never {@code null}
     * @return the key
     * @throws IllegalArgumentException when the text is not base64 or not 32 bytes (the message never repeats it)
     */
    public static TokenEncryptionKey fromBase64(String base64) {
        Objects.requireNonNull(base64, "base64");
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("the token encryption key is not valid base64");
        }
        if (decoded.length != KEY_BYTES) {
            throw new IllegalArgumentException("the token encryption key must be " + KEY_BYTES
                    + " bytes (256 bits) in base64, but it is " + decoded.length + " bytes");
        }
        return new TokenEncryptionKey(decoded);
    }

    /** @return a new random key from a {@link SecureRandom}; store its {@link #toBase64()} safely */
    public static TokenEncryptionKey generate() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return new TokenEncryptionKey(key);
    }

    /** @return the key as standard base64, for the host to store as a secret; never log it */
    public String toBase64() {
        return Base64.getEncoder().encodeToString(key);
    }

    SecretKey secretKey() {
        return new SecretKeySpec(key, "AES");
    }

    @Override
    public String toString() {
        return "TokenEncryptionKey[****]";
    }
}
