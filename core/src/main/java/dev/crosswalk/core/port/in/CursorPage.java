package dev.crosswalk.core.port.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A page as clients see it: items and an opaque cursor for the next page. Immutable and thread-safe.
 *
 * @param <T> the item type
 * @since 0.1
 */
public final class CursorPage<T> {

    private final List<T> items;
    private final String nextCursor;

    private CursorPage(List<T> items, String nextCursor) {
        this.items = List.copyOf(items);
        this.nextCursor = nextCursor;
    }

    /**
     * @param items the items; never {@code null}
     * @param nextCursor the cursor of the next page, or {@code null} on the last page
     * @param <T> the item type
     * @return the page
     */
    public static <T> CursorPage<T> of(List<T> items, String nextCursor) {
        return new CursorPage<>(Objects.requireNonNull(items, "items"), nextCursor);
    }

    /** @return the items; never {@code null} */
    public List<T> items() {
        return items;
    }

    /** @return an opaque cursor for the next page, or empty on the last page */
    public Optional<String> nextCursor() {
        return Optional.ofNullable(nextCursor);
    }

    @Override
    public String toString() {
        return "CursorPage[" + items.size() + " items, more=" + (nextCursor != null) + "]";
    }
}
