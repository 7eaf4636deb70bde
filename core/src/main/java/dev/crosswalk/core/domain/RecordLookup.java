package dev.crosswalk.core.domain;

import java.util.List;
import java.util.Objects;

/**
 * Which single record to read: an object, an id, the fields wanted, and whether a deleted record counts. Immutable
 * and thread-safe; build with {@link #of(String, String)} and the {@code with} methods.
 *
 * @since 0.1
 */
public final class RecordLookup {

    private final String object;
    private final String id;
    private final List<String> fields;
    private final boolean includeDeleted;

    private RecordLookup(String object, String id, List<String> fields, boolean includeDeleted) {
        this.object = Objects.requireNonNull(object, "object");
        this.id = Objects.requireNonNull(id, "id");
        this.fields = List.copyOf(fields);
        this.includeDeleted = includeDeleted;
    }

    /**
     * @param object the provider object's name; never {@code null}
     * @param id the record id; never {@code null}
     * @return a lookup of every field of a record that is not deleted
     */
    public static RecordLookup of(String object, String id) {
        return new RecordLookup(object, id, List.of(), false);
    }

    /** @return this lookup reading only {@code names} (empty: every field); never {@code null} */
    public RecordLookup withFields(List<String> names) {
        return new RecordLookup(object, id, names, includeDeleted);
    }

    /** @return this lookup also finding a deleted record */
    public RecordLookup withDeleted(boolean deletedToo) {
        return new RecordLookup(object, id, fields, deletedToo);
    }

    /** @return the provider object's name; never {@code null} */
    public String object() {
        return object;
    }

    /** @return the record id; never {@code null} */
    public String id() {
        return id;
    }

    /** @return the fields or relationship paths to read; empty means every field; never {@code null} */
    public List<String> fields() {
        return fields;
    }

    /** @return whether a deleted record is returned (marked deleted) rather than reported missing */
    public boolean includeDeleted() {
        return includeDeleted;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecordLookup that && that.object.equals(object) && that.id.equals(id)
                && that.fields.equals(fields) && that.includeDeleted == includeDeleted;
    }

    @Override
    public int hashCode() {
        return Objects.hash(object, id, fields, includeDeleted);
    }

    @Override
    public String toString() {
        return "RecordLookup[" + object + " " + id + ", fields=" + fields + ", deleted=" + includeDeleted + "]";
    }
}
