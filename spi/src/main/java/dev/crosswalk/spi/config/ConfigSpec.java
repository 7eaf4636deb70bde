package dev.crosswalk.spi.config;

import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The configuration keys a connector accepts. Immutable and thread-safe; build with {@link #builder()}.
 */
public final class ConfigSpec {

    private final Map<String, ConfigKey> keys;

    private ConfigSpec(Map<String, ConfigKey> keys) {
        this.keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
    }

    /** @return a builder for a spec; not thread-safe */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the keys in declaration order */
    public List<ConfigKey> keys() {
        return List.copyOf(keys.values());
    }

    /**
     * Checks every key at once: missing required keys, unknown keys, values of the wrong type.
     *
     * @param raw the configuration as text, key to value; never {@code null}
     * @return the validated configuration with defaults filled in
     * @throws ConfigValidationException listing every problem found, with sensitive values never quoted
     */
    public ConnectorConfig validate(Map<String, String> raw) {
        List<String> problems = new ArrayList<>();
        raw.keySet().stream()
                .filter(name -> !keys.containsKey(name))
                .sorted()
                .forEach(name -> problems.add("'" + name + "' is not a known key"));
        Map<String, String> values = new LinkedHashMap<>();
        for (ConfigKey key : keys.values()) {
            Optional<String> value = Optional.ofNullable(raw.get(key.name())).or(key::defaultIfAbsent);
            if (value.isEmpty() || value.get().isBlank()) {
                problems.add("'" + key.name() + "' is required: " + key.documentation());
                continue;
            }
            typeProblem(key, value.get()).ifPresent(problems::add);
            values.put(key.name(), value.get());
        }
        if (!problems.isEmpty()) {
            throw new ConfigValidationException(problems);
        }
        return new ConnectorConfig(this, values);
    }

    /**
     * @return the keys as a Markdown table (key, type, default, sensitive, description) for the docs; the default of
     *     a sensitive key is shown as {@code (hidden)}
     */
    public String toMarkdownTable() {
        StringBuilder table = new StringBuilder("| Key | Type | Default | Sensitive | Description |\n")
                .append("|---|---|---|---|---|\n");
        for (ConfigKey key : keys.values()) {
            table.append("| `").append(key.name()).append("` | ")
                    .append(key.type().name().toLowerCase(Locale.ROOT)).append(" | ")
                    .append(key.defaultIfAbsent().map(value -> key.sensitive() ? "(hidden)" : "`" + value + "`")
                            .orElse("required")).append(" | ")
                    .append(key.sensitive() ? "yes" : "no").append(" | ")
                    .append(key.documentation().replace("|", "\\|")).append(" |\n");
        }
        return table.toString();
    }

    ConfigKey key(String name) {
        ConfigKey key = keys.get(name);
        if (key == null) {
            throw new IllegalArgumentException("'" + name + "' is not a key of this spec");
        }
        return key;
    }

    private static Optional<String> typeProblem(ConfigKey key, String value) {
        String shown = key.sensitive() ? "(hidden)" : "'" + value + "'";
        try {
            switch (key.type()) {
                case STRING -> { }
                case INTEGER -> Long.parseLong(value.trim());
                case BOOLEAN -> {
                    if (!value.equals("true") && !value.equals("false")) {
                        return Optional.of("'" + key.name() + "' must be true or false, was " + shown);
                    }
                }
                case DURATION -> Duration.parse(value.trim());
                case URL -> {
                    URI uri = URI.create(value.trim());
                    if (!uri.isAbsolute() || !List.of("http", "https").contains(uri.getScheme()) || uri.getHost() == null) {
                        return Optional.of("'" + key.name() + "' must be an absolute http(s) URL, was " + shown);
                    }
                }
            }
        } catch (DateTimeParseException | IllegalArgumentException badValue) {
            return Optional.of("'" + key.name() + "' must be a " + describe(key.type()) + ", was " + shown);
        }
        return Optional.empty();
    }

    private static String describe(ConfigType type) {
        return switch (type) {
            case STRING -> "text";
            case INTEGER -> "whole number";
            case BOOLEAN -> "boolean";
            case DURATION -> "ISO-8601 duration such as PT2H";
            case URL -> "absolute http(s) URL";
        };
    }

    /** Declares keys. Not thread-safe. */
    public static final class Builder {
        private final Map<String, ConfigKey> keys = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * @param key a key
         * @throws IllegalArgumentException when a key of that name was already declared
         */
        public Builder key(ConfigKey key) {
            if (keys.putIfAbsent(key.name(), key) != null) {
                throw new IllegalArgumentException("key '" + key.name() + "' declared twice");
            }
            return this;
        }

        /** @return the immutable spec */
        public ConfigSpec build() {
            return new ConfigSpec(keys);
        }
    }
}
