package dev.crosswalk.core.domain;

import java.util.Objects;

/**
 * One key of a listing's order. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SortOrder {

    private final String field;
    private final boolean ascending;

    private SortOrder(String field, boolean ascending) {
        this.field = Objects.requireNonNull(field, "field");
        this.ascending = ascending;
    }

    /** @return ascending order by a provider field; never {@code null} */
    public static SortOrder ascending(String field) {
        return new SortOrder(field, true);
    }

    /** @return descending order by a provider field; never {@code null} */
    public static SortOrder descending(String field) {
        return new SortOrder(field, false);
    }

    /** @return the provider field; never {@code null} */
    public String field() {
        return field;
    }

    /** @return whether smaller values come first */
    public boolean ascending() {
        return ascending;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SortOrder that && that.field.equals(field) && that.ascending == ascending;
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, ascending);
    }

    @Override
    public String toString() {
        return field + (ascending ? " ASC" : " DESC");
    }
}
