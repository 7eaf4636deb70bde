package dev.crosswalk.core.port.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A page as clients see it.
 *
 * @param items the records; never {@code null}
 * @param nextCursor an opaque cursor for the next page, or empty on the last page
 * @param <T> the record type
 */
public record CursorPage<T>(List<T> items, Optional<String> nextCursor) {

    public CursorPage {
        items = List.copyOf(items);
        Objects.requireNonNull(nextCursor, "nextCursor");
    }
}
