package dev.crosswalk.core.application;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable text for keys, states, verifiers and ids: random bytes from a {@link SecureRandom}, base64url. */
final class RandomText {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private RandomText() {
    }

    /** @return {@code bytes} random bytes as unpadded base64url (43 characters for 32 bytes) */
    static String ofBytes(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return BASE64URL.encodeToString(value);
    }
}
