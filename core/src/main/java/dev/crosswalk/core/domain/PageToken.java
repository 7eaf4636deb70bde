package dev.crosswalk.core.domain;

import java.util.Objects;

/**
 * A provider's own continuation marker for the next page (for Salesforce, a query locator path). Connectors
 * produce and consume it; core wraps it in an opaque cursor before a client sees it.
 *
 * @param value the provider's marker; never {@code null} or blank
 */
public record PageToken(String value) {

    public PageToken {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a page token is never blank");
        }
    }
}
