package dev.crosswalk.spi.config;

import java.util.Objects;
import java.util.Optional;

/**
 * One configuration key of a connector.
 *
 * @param name the key, lower-case with {@code _} or {@code .}; never {@code null}
 * @param type its value type; never {@code null}
 * @param defaultValue the value used when the key is absent, or {@code null} for a required key
 * @param sensitive whether the value is a secret, masked everywhere the host shows configuration
 * @param documentation what the key does, for the generated docs table; never {@code null}
 */
public record ConfigKey(String name, ConfigType type, String defaultValue, boolean sensitive, String documentation) {

    public ConfigKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(documentation, "documentation");
    }

    /** @return a required key of the given type */
    public static ConfigKey required(String name, ConfigType type, String documentation) {
        return new ConfigKey(name, type, null, false, documentation);
    }

    /** @return an optional key with a default */
    public static ConfigKey optional(String name, ConfigType type, String defaultValue, String documentation) {
        return new ConfigKey(name, type, Objects.requireNonNull(defaultValue, "defaultValue"), false, documentation);
    }

    /** @return a required secret key (client secret, private key) */
    public static ConfigKey secret(String name, String documentation) {
        return new ConfigKey(name, ConfigType.STRING, null, true, documentation);
    }

    @Override
    public String toString() {
        return "ConfigKey[" + name + " " + type + (defaultValue == null ? " required" : " default "
                + (sensitive ? "****" : defaultValue)) + (sensitive ? " sensitive" : "") + "]";
    }

    /** @return whether the key must be given */
    public boolean isRequired() {
        return defaultValue == null;
    }

    /** @return the default, if the key has one */
    public Optional<String> defaultIfAbsent() {
        return Optional.ofNullable(defaultValue);
    }
}
