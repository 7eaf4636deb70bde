package dev.crosswalk.spi.config;

/**
 * The type of a configuration value, written as text in every configuration source.
 *
 * @since 0.1
 */
public enum ConfigType {
    /** Any text. */
    STRING,
    /** A whole number. */
    INTEGER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** An ISO-8601 duration such as {@code PT2H}. */
    DURATION,
    /** An absolute {@code http} or {@code https} URL. */
    URL
}
