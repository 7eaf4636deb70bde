package dev.crosswalk.adapters.persistence;

import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.Secret;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts token values with AES-256-GCM. The stored text is {@code "v2:" + keyId + ":" + base64(nonce || ciphertext
 * || tag)} with a random 12-byte nonce per value, so each value says which key it needs; values written before key
 * ids ({@code "v1:" + ...}) are still read. The
 * connection and the token's role are bound in as associated data, so a value copied to another row or column does
 * not decrypt. The last values decrypted are remembered (at most {@link #REMEMBERED} of them), so a connection's tokens
 * are not decrypted again on every request; they are in memory as {@link Secret}s in any case. Thread-safe. Its errors
 * never contain token text.
 */
final class TokenCipher {

    /** Which token a value is: part of the associated data, so an access token cannot pass for a refresh token. */
    enum Role { ACCESS_TOKEN, REFRESH_TOKEN, CODE_VERIFIER, WEBHOOK_SECRET, SECRET_SETTINGS }

    private static final String FORMAT_V1 = "v1:";
    private static final String FORMAT_V2 = "v2:";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    static final int REMEMBERED = 10_000;

    private record Sealed(String stored, ConnectionRef ref, Role role) {
    }

    private final TokenEncryptionKey key;
    private final Map<Sealed, Secret> decrypted = new ConcurrentHashMap<>();

    TokenCipher(TokenEncryptionKey key) {
        this.key = key;
    }

    String encrypt(Secret token, ConnectionRef ref, Role role) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        String format = FORMAT_V2 + key.id() + ":";
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, format, nonce, ref, role);
            byte[] sealed = cipher.doFinal(token.reveal().getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
            return format + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt the " + describe(role, ref) + ": " + e.getMessage(), e);
        }
    }

    /** @return whether the value is stored under the current key, so re-encrypting it changes nothing */
    boolean underCurrentKey(String stored) {
        return stored.startsWith(FORMAT_V2 + key.id() + ":");
    }

    /**
     * @throws IllegalStateException when the value was stored under another key, was altered, or has an unknown
     *     format
     */
    Secret decrypt(String stored, ConnectionRef ref, Role role) {
        Sealed sealed = new Sealed(stored, ref, role);
        Secret known = decrypted.get(sealed);
        if (known != null) {
            return known;
        }
        Secret opened = open(stored, ref, role);
        if (decrypted.size() >= REMEMBERED) {
            decrypted.clear();
        }
        decrypted.put(sealed, opened);
        return opened;
    }

    /**
     * A {@code v2} value names its key; a {@code v1} value (written before key ids) is tried with every key given, the
     * current one first.
     */
    private Secret open(String stored, ConnectionRef ref, Role role) {
        if (stored.startsWith(FORMAT_V1)) {
            List<TokenEncryptionKey> candidates = new ArrayList<>(List.of(key));
            candidates.addAll(key.older());
            for (TokenEncryptionKey candidate : candidates) {
                try {
                    return open(stored, FORMAT_V1, candidate, ref, role);
                } catch (IllegalStateException notThisKey) {
                    // try the next one
                }
            }
            throw unreadable(ref, role, null);
        }
        int idEnd = stored.indexOf(':', FORMAT_V2.length());
        if (!stored.startsWith(FORMAT_V2) || idEnd < 0) {
            throw new IllegalStateException("the stored " + describe(role, ref)
                    + " has an unknown format; it was written by a newer Crosswalk version or altered");
        }
        String keyId = stored.substring(FORMAT_V2.length(), idEnd);
        TokenEncryptionKey named = key.id().equals(keyId) ? key : key.older().stream()
                .filter(other -> other.id().equals(keyId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the stored " + describe(role, ref)
                        + " was encrypted with the token key " + keyId + ", which this server was not given (it has "
                        + key.id() + "). Supply that key as the token key, or among the previous ones"));
        return open(stored, stored.substring(0, idEnd + 1), named, ref, role);
    }

    private Secret open(String stored, String format, TokenEncryptionKey with, ConnectionRef ref, Role role) {
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(format.length()));
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, with, format, Arrays.copyOf(bytes, NONCE_BYTES), ref, role);
            byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            return Secret.of(new String(plain, StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw unreadable(ref, role, e);
        }
    }

    private static IllegalStateException unreadable(ConnectionRef ref, Role role, Exception cause) {
        return new IllegalStateException("cannot decrypt the stored " + describe(role, ref)
                + ": the token encryption key differs from the one it was stored with, or the stored value was"
                + " altered. Supply the original key, or authorise the connection again", cause);
    }

    private static Cipher cipher(int mode, TokenEncryptionKey with, String format, byte[] nonce, ConnectionRef ref,
            Role role) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, with.secretKey(), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(associatedData(format, ref, role));
        return cipher;
    }

    /** Role and connection id cannot contain NUL, so putting the free-form tenant id last keeps this unambiguous. */
    private static byte[] associatedData(String format, ConnectionRef ref, Role role) {
        return String.join("\0", format, role.name(), ref.id().value(), ref.tenant().value())
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String describe(Role role, ConnectionRef ref) {
        String token = switch (role) {
            case ACCESS_TOKEN -> "access token";
            case REFRESH_TOKEN -> "refresh token";
            case CODE_VERIFIER -> "authorisation code verifier";
            case WEBHOOK_SECRET -> "webhook signing secret";
            case SECRET_SETTINGS -> "secret settings";
        };
        return token + (role == Role.WEBHOOK_SECRET ? " of endpoint " : " of connection ") + ref;
    }
}
