package dev.crosswalk.core.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * What page of a listing to fetch.
 *
 * @param pageSize the records wanted on the page, 1 to {@value #MAX_PAGE_SIZE}; connectors may return fewer, and a
 *     connector whose provider has a larger minimum page (Salesforce: 200) returns up to that minimum instead, as its
 *     README says
 * @param after where to continue, or empty for the first page
 */
public record PageRequest(int pageSize, Optional<PageToken> after) {

    /** The largest page any listing serves. */
    public static final int MAX_PAGE_SIZE = 2000;

    /** The page size used when the caller names none. */
    public static final int DEFAULT_PAGE_SIZE = 100;

    public PageRequest {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size must be between 1 and " + MAX_PAGE_SIZE + ", was " + pageSize);
        }
        Objects.requireNonNull(after, "after");
    }

    /** @return the first page of {@code pageSize} records */
    public static PageRequest first(int pageSize) {
        return new PageRequest(pageSize, Optional.empty());
    }
}
