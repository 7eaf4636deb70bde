package dev.crosswalk.core.domain;

import java.util.Objects;

/**
 * A provider's own continuation marker for the next page of one listing (for Salesforce, a query locator path; for
 * HubSpot, an {@code after} value). Opaque: connectors produce and consume it; core signs it into a cursor bound to
 * the connection and the query before a client sees it. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PageToken {

    private final String value;

    private PageToken(String value) {
        this.value = value;
    }

    /**
     * @param value the provider's marker; never {@code null} or blank
     * @return the token
     * @throws IllegalArgumentException when {@code value} is blank
     */
    public static PageToken of(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a page token is never blank");
        }
        return new PageToken(value);
    }

    /** @return the provider's marker; never {@code null} */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PageToken token && token.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "PageToken[" + value + "]";
    }
}
