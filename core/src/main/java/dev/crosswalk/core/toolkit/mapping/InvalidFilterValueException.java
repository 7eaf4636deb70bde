package dev.crosswalk.core.toolkit.mapping;

import java.util.Objects;

/**
 * A client's unified filter cannot be applied: the mapping declares no filter of that name, or the value does not fit
 * the filter's data type. The client's mistake, not the mapping's. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class InvalidFilterValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String filter;

    InvalidFilterValueException(String filter, String message) {
        super(message);
        this.filter = Objects.requireNonNull(filter, "filter");
    }

    /** @return the unified filter's name, as the client sent it; never {@code null} */
    public String filter() {
        return filter;
    }
}
