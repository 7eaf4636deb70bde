package dev.crosswalk.adapters.persistence;

import dev.crosswalk.adapters.persistence.TokenCipher.Role;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.port.out.store.UnreadableTokensException;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A connection's secret settings as one stored value: their flat JSON object ({@link SettingsJson}) encrypted by
 * {@link TokenCipher} under {@link Role#SECRET_SETTINGS}, bound to the connection; {@code null} when there are none.
 * Stateless; its errors never contain a secret.
 */
final class SecretSettings {

    private SecretSettings() {
    }

    /** @return the ciphertext, or {@code null} for no secret settings */
    static String encrypt(TokenCipher cipher, Map<String, Secret> secretSettings, ConnectionRef ref) {
        if (secretSettings.isEmpty()) {
            return null;
        }
        Map<String, String> revealed = new TreeMap<>();
        secretSettings.forEach((name, secret) -> revealed.put(name, secret.reveal()));
        return cipher.encrypt(Secret.of(SettingsJson.write(revealed)), ref, Role.SECRET_SETTINGS);
    }

    /**
     * @param stored the ciphertext, or {@code null}
     * @throws UnreadableTokensException when the value does not decrypt with the keys given, or was altered
     */
    static Map<String, Secret> decrypt(TokenCipher cipher, String stored, ConnectionRef ref) {
        if (stored == null) {
            return Map.of();
        }
        try {
            return SettingsJson.read(cipher.decrypt(stored, ref, Role.SECRET_SETTINGS).reveal()).entrySet().stream()
                    .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> Secret.of(entry.getValue())));
        } catch (IllegalStateException | IllegalArgumentException unreadable) {
            throw new UnreadableTokensException(ref, "the secret settings of connection " + ref + " cannot be read:"
                    + " the token key differs from the one they were stored with, or they were altered");
        }
    }
}
