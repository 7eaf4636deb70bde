package dev.crosswalk.core.port.in;

import dev.crosswalk.core.domain.ConnectionRef;
import java.util.List;
import java.util.Objects;

/**
 * Which single record of one connection to read. Immutable and thread-safe; build with
 * {@link #of(ConnectionRef, String)} and the {@code with} methods.
 *
 * @since 0.1
 */
public final class GetRequest {

    private final ConnectionRef connection;
    private final String id;
    private final List<String> fields;
    private final boolean includeDeleted;

    private GetRequest(ConnectionRef connection, String id, List<String> fields, boolean includeDeleted) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.id = Objects.requireNonNull(id, "id");
        this.fields = List.copyOf(fields);
        this.includeDeleted = includeDeleted;
    }

    /**
     * @param connection the tenant's connection; never {@code null}
     * @param id the record id; never {@code null}
     * @return a request for every field of a record that is not deleted
     */
    public static GetRequest of(ConnectionRef connection, String id) {
        return new GetRequest(connection, id, List.of(), false);
    }

    /** @return this request returning only {@code names} (empty: every field) */
    public GetRequest withFields(List<String> names) {
        return new GetRequest(connection, id, names, includeDeleted);
    }

    /** @return this request also finding a deleted record */
    public GetRequest withDeleted(boolean deletedToo) {
        return new GetRequest(connection, id, fields, deletedToo);
    }

    /** @return the tenant's connection; never {@code null} */
    public ConnectionRef connection() {
        return connection;
    }

    /** @return the record id; never {@code null} */
    public String id() {
        return id;
    }

    /** @return the fields to return; empty for every field; never {@code null} */
    public List<String> fields() {
        return fields;
    }

    /** @return whether a deleted record is returned rather than reported missing */
    public boolean includeDeleted() {
        return includeDeleted;
    }

    @Override
    public String toString() {
        return "GetRequest[" + connection + " " + id + ", fields=" + fields + ", deleted=" + includeDeleted + "]";
    }
}
