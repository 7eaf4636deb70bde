package dev.crosswalk.core.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One record of any provider object (standard or custom) as the provider sent it: its fields keyed by the
 * provider's field names, with the provider's JSON types kept. A value is {@code null}, a {@link String}, a
 * {@link Boolean}, a {@link Number}, a {@link java.util.List} of values, or a {@link Map} of values: a related record
 * reached through a relationship path ({@code Account.Name} arrives as {@code Account -> {Name -> ...}}) or a compound
 * value (an address, a geolocation). Dates and date-times stay in the provider's text form. Immutable and
 * thread-safe; build with {@link #builder(String, String)}; the builder is not thread-safe.
 *
 * @since 0.1
 */
public final class ProviderRecord {

    private final String object;
    private final String id;
    private final Map<String, Object> fields;
    private final boolean deleted;

    private ProviderRecord(Builder builder) {
        this.object = builder.object;
        this.id = builder.id;
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(builder.fields));
        this.deleted = builder.deleted;
    }

    /**
     * @param object the provider object's name, e.g. {@code Contact} or {@code Deal_Registration__c}; never {@code null}
     * @param id the provider's record id; never {@code null}
     * @return a builder with no fields, not deleted
     */
    public static Builder builder(String object, String id) {
        return new Builder(object, id);
    }

    /** @return the provider object's name; never {@code null} */
    public String object() {
        return object;
    }

    /** @return the provider's record id; never {@code null} */
    public String id() {
        return id;
    }

    /**
     * @return every field the provider sent, in its order; unmodifiable, never {@code null}; nested values are the
     *     provider's and must not be modified either
     */
    public Map<String, Object> fields() {
        return fields;
    }

    /** @return whether the provider reports the record as deleted (in its recycle bin, archived) */
    public boolean deleted() {
        return deleted;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProviderRecord that && that.object.equals(object) && that.id.equals(id)
                && that.deleted == deleted && that.fields.equals(fields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(object, id, fields, deleted);
    }

    @Override
    public String toString() {
        return "ProviderRecord[" + object + " " + id + (deleted ? " deleted" : "") + " " + fields.keySet() + "]";
    }

    /** Builds a {@link ProviderRecord}. Not thread-safe. */
    public static final class Builder {
        private final String object;
        private final String id;
        private final Map<String, Object> fields = new LinkedHashMap<>();
        private boolean deleted;

        private Builder(String object, String id) {
            this.object = Objects.requireNonNull(object, "object");
            this.id = Objects.requireNonNull(id, "id");
        }

        /**
         * @param name the provider's field name; never {@code null}
         * @param value its value, of the types listed on {@link ProviderRecord}; may be {@code null}
         */
        public Builder field(String name, Object value) {
            fields.put(Objects.requireNonNull(name, "name"), value);
            return this;
        }

        /** @param values fields to add, in their iteration order; never {@code null} */
        public Builder fields(Map<String, ?> values) {
            values.forEach(this::field);
            return this;
        }

        /** @param isDeleted whether the provider reports the record as deleted */
        public Builder deleted(boolean isDeleted) {
            this.deleted = isDeleted;
            return this;
        }

        /** @return the immutable record */
        public ProviderRecord build() {
            return new ProviderRecord(this);
        }
    }
}
