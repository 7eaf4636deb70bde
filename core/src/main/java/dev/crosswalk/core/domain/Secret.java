package dev.crosswalk.core.domain;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A credential (token, client secret, API key) that must never be logged, printed or returned. {@link #toString()}
 * masks it; only {@link #reveal()} gives the value, to be called at the last moment (an HTTP header, an encrypted
 * column). Equality is constant-time.
 *
 * @since 0.1
 */
public final class Secret {

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /**
     * @param value the secret text; never {@code null} or empty
     * @return the wrapped secret
     */
    public static Secret of(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("a secret is never empty");
        }
        return new Secret(value);
    }

    /** @return the secret text; never log, print or return it */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret
                && MessageDigest.isEqual(
                        value.getBytes(StandardCharsets.UTF_8), secret.value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "Secret[****]";
    }
}
