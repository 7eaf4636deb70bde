package dev.crosswalk.core.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to list from one provider object: which fields, which records (ids, creation and modification ranges, field
 * filters, a search term, a watermark, deleted records or not), in what order, and which page. All conditions are
 * AND-ed. Immutable and thread-safe; build with {@link #builder(String)}, derive with {@link #toBuilder()}; builders
 * are not thread-safe.
 *
 * <p>Core checks a query against the connector's {@link dev.crosswalk.core.port.out.crm.ReadCapabilities} and the
 * object's schema before a connector sees it, so a connector may refuse anything else as a programming error.
 *
 * @since 0.1
 */
public final class RecordQuery {

    /** The largest page any listing serves. */
    public static final int MAX_PAGE_SIZE = 2000;

    /** The page size used when the caller names none. */
    public static final int DEFAULT_PAGE_SIZE = 100;

    private final String object;
    private final List<String> fields;
    private final List<String> ids;
    private final Instant createdAfter;
    private final Instant createdBefore;
    private final Instant updatedAfter;
    private final Instant updatedBefore;
    private final List<FieldFilter> filters;
    private final String searchTerm;
    private final Watermark modifiedSince;
    private final boolean includeDeleted;
    private final List<SortOrder> order;
    private final int pageSize;
    private final PageToken pageToken;

    private RecordQuery(Builder builder) {
        this.object = builder.object;
        this.fields = List.copyOf(builder.fields);
        this.ids = List.copyOf(builder.ids);
        this.createdAfter = builder.createdAfter;
        this.createdBefore = builder.createdBefore;
        this.updatedAfter = builder.updatedAfter;
        this.updatedBefore = builder.updatedBefore;
        this.filters = List.copyOf(builder.filters);
        this.searchTerm = builder.searchTerm;
        this.modifiedSince = builder.modifiedSince;
        this.includeDeleted = builder.includeDeleted;
        this.order = List.copyOf(builder.order);
        this.pageSize = builder.pageSize;
        this.pageToken = builder.pageToken;
    }

    /**
     * @param object the provider object's name, e.g. {@code Contact}; never {@code null}
     * @return a builder for the first page of {@value #DEFAULT_PAGE_SIZE} records of every field, no conditions
     */
    public static Builder builder(String object) {
        return new Builder(object);
    }

    /** @return a builder holding this query's values */
    public Builder toBuilder() {
        Builder copy = new Builder(object);
        copy.fields.addAll(fields);
        copy.ids.addAll(ids);
        copy.createdAfter = createdAfter;
        copy.createdBefore = createdBefore;
        copy.updatedAfter = updatedAfter;
        copy.updatedBefore = updatedBefore;
        copy.filters.addAll(filters);
        copy.searchTerm = searchTerm;
        copy.modifiedSince = modifiedSince;
        copy.includeDeleted = includeDeleted;
        copy.order.addAll(order);
        copy.pageSize = pageSize;
        copy.pageToken = pageToken;
        return copy;
    }

    /** @return the provider object's name; never {@code null} */
    public String object() {
        return object;
    }

    /**
     * @return the provider fields (or relationship paths such as {@code Account.Name}) to read; empty means every
     *     field of the object; never {@code null}
     */
    public List<String> fields() {
        return fields;
    }

    /** @return only records with one of these ids; empty means no restriction; never {@code null} */
    public List<String> ids() {
        return ids;
    }

    /** @return only records created strictly after this instant, if set */
    public Optional<Instant> createdAfter() {
        return Optional.ofNullable(createdAfter);
    }

    /** @return only records created strictly before this instant, if set */
    public Optional<Instant> createdBefore() {
        return Optional.ofNullable(createdBefore);
    }

    /** @return only records last modified strictly after this instant, if set */
    public Optional<Instant> updatedAfter() {
        return Optional.ofNullable(updatedAfter);
    }

    /** @return only records last modified strictly before this instant, if set */
    public Optional<Instant> updatedBefore() {
        return Optional.ofNullable(updatedBefore);
    }

    /** @return conditions on provider fields, AND-ed; never {@code null} */
    public List<FieldFilter> filters() {
        return filters;
    }

    /** @return a full-text search term (Salesforce SOSL, HubSpot search), if set; never blank */
    public Optional<String> searchTerm() {
        return Optional.ofNullable(searchTerm);
    }

    /**
     * @return only records strictly after this position in (modified, id) order, if set; the listing is then ordered
     *     by modification time and id, and {@link #order()} is empty
     */
    public Optional<Watermark> modifiedSince() {
        return Optional.ofNullable(modifiedSince);
    }

    /** @return whether deleted records are listed too (marked {@link ProviderRecord#deleted()}) */
    public boolean includeDeleted() {
        return includeDeleted;
    }

    /** @return the order, most significant key first; empty means the connector's stable default; never {@code null} */
    public List<SortOrder> order() {
        return order;
    }

    /**
     * @return the records wanted on the page, 1 to {@value #MAX_PAGE_SIZE}; a connector may return fewer, and one
     *     whose provider has a larger minimum page (Salesforce: 200) may return up to that minimum instead
     */
    public int pageSize() {
        return pageSize;
    }

    /** @return where to continue: the token of the previous page of this same query, or empty for the first page */
    public Optional<PageToken> pageToken() {
        return Optional.ofNullable(pageToken);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecordQuery that && that.object.equals(object) && that.fields.equals(fields)
                && that.ids.equals(ids) && Objects.equals(that.createdAfter, createdAfter)
                && Objects.equals(that.createdBefore, createdBefore) && Objects.equals(that.updatedAfter, updatedAfter)
                && Objects.equals(that.updatedBefore, updatedBefore) && that.filters.equals(filters)
                && Objects.equals(that.searchTerm, searchTerm) && Objects.equals(that.modifiedSince, modifiedSince)
                && that.includeDeleted == includeDeleted && that.order.equals(order) && that.pageSize == pageSize
                && Objects.equals(that.pageToken, pageToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(object, fields, ids, createdAfter, createdBefore, updatedAfter, updatedBefore, filters,
                searchTerm, modifiedSince, includeDeleted, order, pageSize, pageToken);
    }

    @Override
    public String toString() {
        return "RecordQuery[" + object + ", fields=" + fields + ", ids=" + ids + ", created=(" + createdAfter + ", "
                + createdBefore + "), updated=(" + updatedAfter + ", " + updatedBefore + "), filters=" + filters
                + ", search=" + searchTerm + ", since=" + modifiedSince + ", deleted=" + includeDeleted + ", order="
                + order + ", pageSize=" + pageSize + ", page=" + pageToken + "]";
    }

    /** Builds a {@link RecordQuery}. Not thread-safe. */
    public static final class Builder {
        private final String object;
        private final List<String> fields = new ArrayList<>();
        private final List<String> ids = new ArrayList<>();
        private Instant createdAfter;
        private Instant createdBefore;
        private Instant updatedAfter;
        private Instant updatedBefore;
        private final List<FieldFilter> filters = new ArrayList<>();
        private String searchTerm;
        private Watermark modifiedSince;
        private boolean includeDeleted;
        private final List<SortOrder> order = new ArrayList<>();
        private int pageSize = DEFAULT_PAGE_SIZE;
        private PageToken pageToken;

        private Builder(String object) {
            this.object = Objects.requireNonNull(object, "object");
            if (object.isBlank()) {
                throw new IllegalArgumentException("an object name is never blank");
            }
        }

        /** @param names provider fields or relationship paths to read, replacing any set before; never {@code null} */
        public Builder fields(List<String> names) {
            fields.clear();
            names.forEach(name -> fields.add(Objects.requireNonNull(name, "field")));
            return this;
        }

        /** @param recordIds only these records, replacing any set before; never {@code null} */
        public Builder ids(List<String> recordIds) {
            ids.clear();
            recordIds.forEach(id -> ids.add(Objects.requireNonNull(id, "id")));
            return this;
        }

        /** @param after only records created strictly after it, or {@code null} for no bound */
        public Builder createdAfter(Instant after) {
            this.createdAfter = after;
            return this;
        }

        /** @param before only records created strictly before it, or {@code null} for no bound */
        public Builder createdBefore(Instant before) {
            this.createdBefore = before;
            return this;
        }

        /** @param after only records modified strictly after it, or {@code null} for no bound */
        public Builder updatedAfter(Instant after) {
            this.updatedAfter = after;
            return this;
        }

        /** @param before only records modified strictly before it, or {@code null} for no bound */
        public Builder updatedBefore(Instant before) {
            this.updatedBefore = before;
            return this;
        }

        /** @param filter a further condition on a provider field; never {@code null} */
        public Builder filter(FieldFilter filter) {
            filters.add(Objects.requireNonNull(filter, "filter"));
            return this;
        }

        /** @param term a full-text search term, or {@code null} for none; a blank term counts as none */
        public Builder searchTerm(String term) {
            this.searchTerm = term == null || term.isBlank() ? null : term;
            return this;
        }

        /** @param position only records after it, or {@code null} for none */
        public Builder modifiedSince(Watermark position) {
            this.modifiedSince = position;
            return this;
        }

        /** @param deletedToo whether to list deleted records as well */
        public Builder includeDeleted(boolean deletedToo) {
            this.includeDeleted = deletedToo;
            return this;
        }

        /** @param key a further sort key, less significant than those before; never {@code null} */
        public Builder orderBy(SortOrder key) {
            order.add(Objects.requireNonNull(key, "key"));
            return this;
        }

        /**
         * @param size 1 to {@value #MAX_PAGE_SIZE}
         * @throws IllegalArgumentException when out of range
         */
        public Builder pageSize(int size) {
            if (size < 1 || size > MAX_PAGE_SIZE) {
                throw new IllegalArgumentException("page size must be between 1 and " + MAX_PAGE_SIZE + ", was " + size);
            }
            this.pageSize = size;
            return this;
        }

        /** @param token the previous page's token, or {@code null} for the first page */
        public Builder pageToken(PageToken token) {
            this.pageToken = token;
            return this;
        }

        /**
         * @return the immutable query
         * @throws IllegalArgumentException when a watermark is combined with an explicit order
         */
        public RecordQuery build() {
            if (modifiedSince != null && !order.isEmpty()) {
                throw new IllegalArgumentException("a query with a watermark is ordered by modification time and id;"
                        + " it takes no other order");
            }
            return new RecordQuery(this);
        }
    }
}
