package dev.crosswalk.core.port.in;

import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.PageRequest;
import java.util.Objects;
import java.util.Optional;

/**
 * Which records to list.
 *
 * @param connection the tenant's connection; never {@code null}
 * @param pageSize 1 to {@link PageRequest#MAX_PAGE_SIZE}
 * @param cursor the opaque cursor of the previous page, or empty for the first page
 */
public record ListRecordsQuery(ConnectionRef connection, int pageSize, Optional<String> cursor) {

    public ListRecordsQuery {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(cursor, "cursor");
        if (pageSize < 1 || pageSize > PageRequest.MAX_PAGE_SIZE) {
            throw new IllegalArgumentException(
                    "page size must be between 1 and " + PageRequest.MAX_PAGE_SIZE + ", was " + pageSize);
        }
    }
}
