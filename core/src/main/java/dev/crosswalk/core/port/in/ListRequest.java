package dev.crosswalk.core.port.in;

import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.SortOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which records of one connection to list, and which page. For a unified object, {@link #filters()} are keyed by
 * the unified filter names its mapping declares (e.g. {@code email}) and {@link #fields()} name unified fields; for a
 * provider object both name provider fields. Immutable and thread-safe; build with {@link #builder(ConnectionRef)};
 * the builder is not thread-safe.
 *
 * @since 0.1
 */
public final class ListRequest {

    /** The largest page a listing serves. */
    public static final int MAX_PAGE_SIZE = 2000;

    /** The page size used when the caller names none. */
    public static final int DEFAULT_PAGE_SIZE = 100;

    private final ConnectionRef connection;
    private final int pageSize;
    private final String cursor;
    private final List<String> ids;
    private final Instant createdAfter;
    private final Instant createdBefore;
    private final Instant updatedAfter;
    private final Instant updatedBefore;
    private final Map<String, List<String>> filters;
    private final String searchTerm;
    private final List<String> fields;
    private final boolean includeDeleted;
    private final List<SortOrder> order;

    private ListRequest(Builder builder) {
        this.connection = builder.connection;
        this.pageSize = builder.pageSize;
        this.cursor = builder.cursor;
        this.ids = List.copyOf(builder.ids);
        this.createdAfter = builder.createdAfter;
        this.createdBefore = builder.createdBefore;
        this.updatedAfter = builder.updatedAfter;
        this.updatedBefore = builder.updatedBefore;
        Map<String, List<String>> copied = new LinkedHashMap<>();
        builder.filters.forEach((name, values) -> copied.put(name, List.copyOf(values)));
        this.filters = Collections.unmodifiableMap(copied);
        this.searchTerm = builder.searchTerm;
        this.fields = List.copyOf(builder.fields);
        this.includeDeleted = builder.includeDeleted;
        this.order = List.copyOf(builder.order);
    }

    /**
     * @param connection the tenant's connection; never {@code null}
     * @return a builder for the first page of {@value #DEFAULT_PAGE_SIZE} records with no conditions
     */
    public static Builder builder(ConnectionRef connection) {
        return new Builder(connection);
    }

    /** @return the tenant's connection; never {@code null} */
    public ConnectionRef connection() {
        return connection;
    }

    /** @return 1 to {@value #MAX_PAGE_SIZE} */
    public int pageSize() {
        return pageSize;
    }

    /** @return the cursor of the previous page, or empty for the first page */
    public Optional<String> cursor() {
        return Optional.ofNullable(cursor);
    }

    /** @return only these record ids; empty for no restriction; never {@code null} */
    public List<String> ids() {
        return ids;
    }

    /** @return only records created strictly after it, if set */
    public Optional<Instant> createdAfter() {
        return Optional.ofNullable(createdAfter);
    }

    /** @return only records created strictly before it, if set */
    public Optional<Instant> createdBefore() {
        return Optional.ofNullable(createdBefore);
    }

    /** @return only records modified strictly after it, if set */
    public Optional<Instant> updatedAfter() {
        return Optional.ofNullable(updatedAfter);
    }

    /** @return only records modified strictly before it, if set */
    public Optional<Instant> updatedBefore() {
        return Optional.ofNullable(updatedBefore);
    }

    /**
     * @return equality conditions, name to accepted values (one value: equal to it; several: any of them), AND-ed;
     *     never {@code null}
     */
    public Map<String, List<String>> filters() {
        return filters;
    }

    /** @return a full-text search term, if set; never blank */
    public Optional<String> searchTerm() {
        return Optional.ofNullable(searchTerm);
    }

    /** @return the fields to return; empty for every field; never {@code null} */
    public List<String> fields() {
        return fields;
    }

    /** @return whether deleted records are listed too */
    public boolean includeDeleted() {
        return includeDeleted;
    }

    /**
     * @return the order, most significant key first, by provider fields (only provider-object listings take one);
     *     empty for the connector's stable default; never {@code null}
     */
    public List<SortOrder> order() {
        return order;
    }

    @Override
    public String toString() {
        return "ListRequest[" + connection + ", pageSize=" + pageSize + ", cursor=" + (cursor != null) + ", ids=" + ids
                + ", filters=" + filters.keySet() + ", search=" + (searchTerm != null) + ", fields=" + fields
                + ", deleted=" + includeDeleted + ", order=" + order + "]";
    }

    /** Builds a {@link ListRequest}. Not thread-safe. */
    public static final class Builder {
        private final ConnectionRef connection;
        private int pageSize = DEFAULT_PAGE_SIZE;
        private String cursor;
        private final List<String> ids = new ArrayList<>();
        private Instant createdAfter;
        private Instant createdBefore;
        private Instant updatedAfter;
        private Instant updatedBefore;
        private final Map<String, List<String>> filters = new LinkedHashMap<>();
        private String searchTerm;
        private final List<String> fields = new ArrayList<>();
        private boolean includeDeleted;
        private final List<SortOrder> order = new ArrayList<>();

        private Builder(ConnectionRef connection) {
            this.connection = Objects.requireNonNull(connection, "connection");
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

        /** @param previous the cursor of the previous page, or {@code null} for the first page */
        public Builder cursor(String previous) {
            this.cursor = previous == null || previous.isBlank() ? null : previous;
            return this;
        }

        /** @param recordIds only these records, replacing any set before; never {@code null} */
        public Builder ids(List<String> recordIds) {
            ids.clear();
            recordIds.forEach(id -> ids.add(Objects.requireNonNull(id, "id")));
            return this;
        }

        /** @param after a bound, or {@code null} */
        public Builder createdAfter(Instant after) {
            this.createdAfter = after;
            return this;
        }

        /** @param before a bound, or {@code null} */
        public Builder createdBefore(Instant before) {
            this.createdBefore = before;
            return this;
        }

        /** @param after a bound, or {@code null} */
        public Builder updatedAfter(Instant after) {
            this.updatedAfter = after;
            return this;
        }

        /** @param before a bound, or {@code null} */
        public Builder updatedBefore(Instant before) {
            this.updatedBefore = before;
            return this;
        }

        /**
         * @param name a filter or field name; never {@code null}
         * @param values the accepted values, at least one; never {@code null}
         */
        public Builder filter(String name, List<String> values) {
            Objects.requireNonNull(name, "name");
            if (values.isEmpty()) {
                throw new IllegalArgumentException("filter '" + name + "' needs at least one value");
            }
            values.forEach(value -> Objects.requireNonNull(value, "value"));
            filters.put(name, List.copyOf(values));
            return this;
        }

        /** @param term a search term, or {@code null}; blank counts as none */
        public Builder searchTerm(String term) {
            this.searchTerm = term == null || term.isBlank() ? null : term;
            return this;
        }

        /** @param names the fields to return, replacing any set before; never {@code null} */
        public Builder fields(List<String> names) {
            fields.clear();
            names.forEach(name -> fields.add(Objects.requireNonNull(name, "field")));
            return this;
        }

        /** @param deletedToo whether to list deleted records too */
        public Builder includeDeleted(boolean deletedToo) {
            this.includeDeleted = deletedToo;
            return this;
        }

        /** @param key a further sort key, less significant than those before; never {@code null} */
        public Builder orderBy(SortOrder key) {
            order.add(Objects.requireNonNull(key, "key"));
            return this;
        }

        /** @return the immutable request */
        public ListRequest build() {
            return new ListRequest(this);
        }
    }
}
