package dev.crosswalk.adapters.persistence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The 256-bit AES key that encrypts OAuth tokens at rest. The host supplies it (from a secret store or an environment
 * variable, as base64). Every value is stored with the {@link #id()} of the key that encrypted it; to change keys, give
 * the new key with the old ones it should still read ({@link #readingAlso}), then re-encrypt
 * ({@link CrosswalkDatabase#reencrypt()}) and drop the old ones. {@link #toString()} masks it. Immutable and
 * thread-safe.
 */
public final class TokenEncryptionKey {

    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;
    private final List<TokenEncryptionKey> older;

    private TokenEncryptionKey(byte[] key, List<TokenEncryptionKey> older) {
        this.key = key;
        this.older = List.copyOf(older);
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
        return new TokenEncryptionKey(decoded, List.of());
    }

    /** @return a new random key from a {@link SecureRandom}; store its {@link #toBase64()} safely */
    public static TokenEncryptionKey generate() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return new TokenEncryptionKey(key, List.of());
    }

    /**
     * @param previous keys values may still be stored under, read but never written with; never {@code null}
     * @return this key, encrypting, that also decrypts what {@code previous} encrypted
     * @since 0.1
     */
    public TokenEncryptionKey readingAlso(List<TokenEncryptionKey> previous) {
        List<TokenEncryptionKey> all = new ArrayList<>(older);
        previous.forEach(other -> all.add(new TokenEncryptionKey(other.key, List.of())));
        return new TokenEncryptionKey(key, all);
    }

    /**
     * @return the key's id: the first 8 hex digits of the SHA-256 of the key, stored with every value it encrypts and
     *     safe to print (it says which key, not what key)
     * @since 0.1
     */
    public String id() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key), 0, 4);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK ships SHA-256", impossible);
        }
    }

    /** @return the keys older values may be stored under, without this one */
    List<TokenEncryptionKey> older() {
        return older;
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
