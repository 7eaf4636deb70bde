package dev.crosswalk.spi.config;

import dev.crosswalk.core.domain.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A configuration validated against a {@link ConfigSpec}, with defaults filled in. Immutable and thread-safe.
 * {@link #toString()} masks sensitive values.
 *
 * @since 0.1
 */
public final class ConnectorConfig {

    private final ConfigSpec spec;
    private final Map<String, String> values;

    ConnectorConfig(ConfigSpec spec, Map<String, String> values) {
        this.spec = spec;
        this.values = Map.copyOf(values);
    }

    /** @return the text value of a {@link ConfigType#STRING} key that is not sensitive */
    public String string(String name) {
        ConfigKey key = typed(name, ConfigType.STRING);
        if (key.sensitive()) {
            throw new IllegalArgumentException("'" + name + "' is sensitive: read it with secret()");
        }
        return values.get(name);
    }

    /** @return a sensitive key's value, wrapped so that it is never logged */
    public Secret secret(String name) {
        ConfigKey key = spec.key(name);
        if (!key.sensitive()) {
            throw new IllegalArgumentException("'" + name + "' is not sensitive: read it with string()");
        }
        return Secret.of(values.get(name));
    }

    /**
     * @return an optional sensitive key's value, wrapped so that it is never logged; empty when it was not given
     * @since 0.1
     */
    public Optional<Secret> optionalSecret(String name) {
        ConfigKey key = spec.key(name);
        if (!key.sensitive()) {
            throw new IllegalArgumentException("'" + name + "' is not sensitive: read it with string()");
        }
        return Optional.ofNullable(values.get(name)).map(Secret::of);
    }

    /** @return an {@link ConfigType#INTEGER} key's value */
    public long integer(String name) {
        typed(name, ConfigType.INTEGER);
        return Long.parseLong(values.get(name).trim());
    }

    /** @return a {@link ConfigType#BOOLEAN} key's value */
    public boolean bool(String name) {
        typed(name, ConfigType.BOOLEAN);
        return Boolean.parseBoolean(values.get(name));
    }

    /** @return a {@link ConfigType#DURATION} key's value */
    public Duration duration(String name) {
        typed(name, ConfigType.DURATION);
        return Duration.parse(values.get(name).trim());
    }

    /** @return a {@link ConfigType#URL} key's value */
    public URI url(String name) {
        typed(name, ConfigType.URL);
        return URI.create(values.get(name).trim());
    }

    private ConfigKey typed(String name, ConfigType expected) {
        ConfigKey key = spec.key(name);
        if (key.type() != expected) {
            throw new IllegalArgumentException("'" + name + "' is a " + key.type() + ", not a " + expected);
        }
        return key;
    }

    @Override
    public String toString() {
        return spec.keys().stream()
                .filter(key -> values.containsKey(key.name()))
                .map(key -> key.name() + "=" + (key.sensitive() ? "****" : values.get(key.name())))
                .collect(Collectors.joining(", ", "ConnectorConfig[", "]"));
    }
}
