package dev.crosswalk.spi.config;

import java.util.List;

/**
 * A configuration had problems; every one is listed, sensitive values never quoted.
 *
 * @since 0.1
 */
public final class ConfigValidationException extends RuntimeException {

    private final List<String> problems;

    ConfigValidationException(List<String> problems) {
        super("invalid configuration: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** @return one sentence per problem */
    public List<String> problems() {
        return problems;
    }
}
