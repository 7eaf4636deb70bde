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
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The configuration keys a connector accepts. Immutable and thread-safe; build with {@link #builder()}.
 *
 * @since 0.1
 */
public final class ConfigSpec {

    private final Map<String, ConfigKey> keys;
    private final Map<String, List<Rule>> rules;

    private ConfigSpec(Map<String, ConfigKey> keys, Map<String, List<Rule>> rules) {
        this.keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
        Map<String, List<Rule>> copied = new LinkedHashMap<>();
        rules.forEach((name, keyRules) -> copied.put(name, List.copyOf(keyRules)));
        this.rules = Collections.unmodifiableMap(copied);
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
     * Checks every key at once: missing required keys, unknown keys, values of the wrong type, and each key's own
     * rules (declared with {@link Builder#rule}).
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
            String given = raw.get(key.name());
            if (given != null && given.isBlank() && !key.isRequired()) {
                problems.add("'" + key.name() + "' is blank; leave it out to use the default");
                continue;
            }
            Optional<String> value = Optional.ofNullable(given).or(key::defaultIfAbsent);
            if (value.isEmpty() && !key.isRequired()) {
                continue; // an optional key without a default, not given
            }
            if (value.isEmpty() || value.get().isBlank()) {
                problems.add("'" + key.name() + "' is required: " + key.documentation());
                continue;
            }
            Optional<String> typeProblem = typeProblem(key, value.get());
            typeProblem.ifPresent(problems::add);
            if (typeProblem.isEmpty()) {
                ruleProblems(key, value.get()).forEach(problems::add);
            }
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
                            .orElse(key.isRequired() ? "required" : "optional")).append(" | ")
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

    private List<String> ruleProblems(ConfigKey key, String value) {
        String shown = key.sensitive() ? "(hidden)" : "'" + value.trim() + "'";
        return rules.getOrDefault(key.name(), List.of()).stream()
                .filter(rule -> !rule.accepts().test(value.trim()))
                .map(rule -> "'" + key.name() + "' must be " + rule.requirement() + ", was " + shown)
                .toList();
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

    /** A check on a key's value beyond its type. */
    private record Rule(String requirement, Predicate<String> accepts) {
    }

    /** Declares keys. Not thread-safe. */
    public static final class Builder {
        private final Map<String, ConfigKey> keys = new LinkedHashMap<>();
        private final Map<String, List<Rule>> rules = new LinkedHashMap<>();

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

        /**
         * Adds a check on a declared key's value, run by {@link #validate} with all other checks once the value has
         * the key's type.
         *
         * @param name a key declared before
         * @param requirement what a valid value is, completing "'name' must be ...", e.g. {@code "from 1 to 100"}
         * @param accepts whether a (trimmed) value is valid; must not throw
         * @throws IllegalArgumentException when no key of that name was declared
         * @since 0.1
         */
        public Builder rule(String name, String requirement, Predicate<String> accepts) {
            if (!keys.containsKey(name)) {
                throw new IllegalArgumentException("declare key '" + name + "' before its rules");
            }
            rules.computeIfAbsent(name, any -> new ArrayList<>())
                    .add(new Rule(Objects.requireNonNull(requirement, "requirement"), Objects.requireNonNull(accepts, "accepts")));
            return this;
        }

        /** @return the immutable spec */
        public ConfigSpec build() {
            return new ConfigSpec(keys, rules);
        }
    }
}
