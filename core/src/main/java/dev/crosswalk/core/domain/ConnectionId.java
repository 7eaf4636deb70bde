package dev.crosswalk.core.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Identifies one tenant's link to one CRM account (for Salesforce: one org).
 *
 * @param value 1 to 64 characters of letters, digits, {@code _} or {@code -}
 *
 * @since 0.1
 */
public record ConnectionId(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public ConnectionId {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a connection id is 1 to 64 letters, digits, '_' or '-'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
