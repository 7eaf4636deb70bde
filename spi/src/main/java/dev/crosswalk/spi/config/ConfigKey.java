package dev.crosswalk.spi.config;

import java.util.Objects;
import java.util.Optional;

/**
 * One configuration key of a connector. Immutable and thread-safe; create with {@link #required}, {@link #optional},
 * {@link #secret} or {@link #of}.
 *
 * @since 0.1
 */
public final class ConfigKey {

    private final String name;
    private final ConfigType type;
    private final String defaultValue;
    private final boolean sensitive;
    private final String documentation;
    private final boolean required;

    private ConfigKey(String name, ConfigType type, String defaultValue, boolean sensitive, String documentation) {
        this(name, type, defaultValue, sensitive, documentation, defaultValue == null);
    }

    private ConfigKey(String name, ConfigType type, String defaultValue, boolean sensitive, String documentation,
            boolean required) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.defaultValue = defaultValue;
        this.sensitive = sensitive;
        this.documentation = Objects.requireNonNull(documentation, "documentation");
        this.required = required;
    }

    /**
     * @param name the key, lower-case with {@code _} or {@code .}; never {@code null}
     * @param type its value type; never {@code null}
     * @param defaultValue the value used when the key is absent, or {@code null} for a required key
     * @param sensitive whether the value is a secret, masked everywhere the host shows configuration
     * @param documentation what the key does, for the generated docs table; never {@code null}
     * @return the key
     */
    public static ConfigKey of(String name, ConfigType type, String defaultValue, boolean sensitive,
            String documentation) {
        return new ConfigKey(name, type, defaultValue, sensitive, documentation);
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

    /**
     * @return an optional secret key without a default (a private key only some connections need); read it with
     *     {@link ConnectorConfig#optionalSecret}
     * @since 0.1
     */
    public static ConfigKey optionalSecret(String name, String documentation) {
        return new ConfigKey(name, ConfigType.STRING, null, true, documentation, false);
    }

    /** @return the key's name; never {@code null} */
    public String name() {
        return name;
    }

    /** @return its value type; never {@code null} */
    public ConfigType type() {
        return type;
    }

    /** @return whether the value is a secret */
    public boolean sensitive() {
        return sensitive;
    }

    /** @return what the key does; never {@code null} */
    public String documentation() {
        return documentation;
    }

    /** @return whether the key must be given */
    public boolean isRequired() {
        return required;
    }

    /** @return the default, if the key has one */
    public Optional<String> defaultIfAbsent() {
        return Optional.ofNullable(defaultValue);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConfigKey that && that.name.equals(name) && that.type == type
                && Objects.equals(that.defaultValue, defaultValue) && that.sensitive == sensitive
                && that.documentation.equals(documentation) && that.required == required;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type, defaultValue, sensitive, documentation, required);
    }

    @Override
    public String toString() {
        String presence = required ? " required" : defaultValue == null ? " optional"
                : " default " + (sensitive ? "****" : defaultValue);
        return "ConfigKey[" + name + " " + type + presence + (sensitive ? " sensitive" : "") + "]";
    }
}
