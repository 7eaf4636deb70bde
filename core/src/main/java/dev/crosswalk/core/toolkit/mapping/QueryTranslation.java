package dev.crosswalk.core.toolkit.mapping;

import dev.crosswalk.core.domain.FieldFilter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a mapping made of a request's unified filters: conditions on provider fields (AND-ed) and a full-text search
 * term, ready for a {@link dev.crosswalk.core.domain.RecordQuery}. Never query text. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class QueryTranslation {

    private final List<FieldFilter> filters;
    private final String searchTerm;

    private QueryTranslation(List<FieldFilter> filters, String searchTerm) {
        this.filters = List.copyOf(filters);
        this.searchTerm = searchTerm;
    }

    static QueryTranslation of(List<FieldFilter> filters, String searchTerm) {
        return new QueryTranslation(filters, searchTerm == null || searchTerm.isBlank() ? null : searchTerm);
    }

    /** @return the conditions on provider fields, AND-ed, in the mapping's order; never {@code null} */
    public List<FieldFilter> filters() {
        return filters;
    }

    /** @return the full-text search term the mapping produced, if any; never blank */
    public Optional<String> searchTerm() {
        return Optional.ofNullable(searchTerm);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QueryTranslation that && that.filters.equals(filters)
                && Objects.equals(that.searchTerm, searchTerm);
    }

    @Override
    public int hashCode() {
        return Objects.hash(filters, searchTerm);
    }

    @Override
    public String toString() {
        return "QueryTranslation[" + filters + (searchTerm == null ? "" : " search " + searchTerm) + "]";
    }
}
