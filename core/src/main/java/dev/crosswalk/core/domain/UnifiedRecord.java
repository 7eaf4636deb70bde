package dev.crosswalk.core.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What every unified record has: the provider's id, its creation and modification times, whether the provider
 * reports it deleted, the provider's custom fields, and any further fields a mapping produced outside the unified
 * model. Subclasses are immutable and thread-safe.
 *
 * @since 0.1
 */
public abstract class UnifiedRecord {

    private final String id;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final boolean remoteWasDeleted;
    private final Map<String, Object> customFields;
    private final Map<String, Object> additionalFields;

    UnifiedRecord(Builder<?, ?> builder) {
        this.id = Objects.requireNonNull(builder.id, "id");
        this.createdAt = builder.createdAt;
        this.updatedAt = builder.updatedAt;
        this.remoteWasDeleted = builder.remoteWasDeleted;
        this.customFields = Collections.unmodifiableMap(new LinkedHashMap<>(builder.customFields));
        this.additionalFields = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalFields));
    }

    /** @return the provider's record id; never {@code null} */
    public String id() {
        return id;
    }

    /** @return when the provider created the record, if known */
    public Optional<Instant> createdAt() {
        return Optional.ofNullable(createdAt);
    }

    /** @return when the provider last changed the record, if known */
    public Optional<Instant> updatedAt() {
        return Optional.ofNullable(updatedAt);
    }

    /** @return whether the provider reports the record deleted (only listed when deleted records were asked for) */
    public boolean remoteWasDeleted() {
        return remoteWasDeleted;
    }

    /**
     * @return provider fields outside the unified model (Salesforce {@code __c} fields), keyed by the provider's field
     *     name, in the provider's order; unmodifiable, never {@code null}; values may be {@code null}
     */
    public Map<String, Object> customFields() {
        return customFields;
    }

    /**
     * @return fields a mapping produced that the unified model does not define (a tenant's override may add
     *     {@code lifetime_value}), keyed by the mapping's name; unmodifiable, never {@code null}
     */
    public Map<String, Object> additionalFields() {
        return additionalFields;
    }

    /**
     * Sets what every unified record has. Not thread-safe.
     *
     * @param <R> the record built
     * @param <B> the builder itself
     */
    public abstract static class Builder<R extends UnifiedRecord, B extends Builder<R, B>> {
        private final String id;
        private Instant createdAt;
        private Instant updatedAt;
        private boolean remoteWasDeleted;
        private final Map<String, Object> customFields = new LinkedHashMap<>();
        private final Map<String, Object> additionalFields = new LinkedHashMap<>();

        Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        abstract B self();

        /** @param when when the provider created the record, or {@code null} */
        public B createdAt(Instant when) {
            this.createdAt = when;
            return self();
        }

        /** @param when when the provider last changed the record, or {@code null} */
        public B updatedAt(Instant when) {
            this.updatedAt = when;
            return self();
        }

        /** @param deleted whether the provider reports the record deleted */
        public B remoteWasDeleted(boolean deleted) {
            this.remoteWasDeleted = deleted;
            return self();
        }

        /** @param fields provider custom fields to add, in order; never {@code null}; values may be {@code null} */
        public B customFields(Map<String, ?> fields) {
            fields.forEach((name, value) -> customFields.put(Objects.requireNonNull(name, "name"), value));
            return self();
        }

        /** @param fields further fields a mapping produced, in order; never {@code null}; values may be {@code null} */
        public B additionalFields(Map<String, ?> fields) {
            fields.forEach((name, value) -> additionalFields.put(Objects.requireNonNull(name, "name"), value));
            return self();
        }

        /** @return the immutable record */
        public abstract R build();
    }
}
