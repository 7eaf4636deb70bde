package dev.crosswalk.core.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a listing.
 *
 * @param items the records on this page, possibly empty; never {@code null}
 * @param next where the next page starts, or empty on the last page
 * @param <T> the record type
 */
public record Page<T>(List<T> items, Optional<PageToken> next) {

    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(next, "next");
    }

    /** @return a last page holding {@code items} */
    public static <T> Page<T> last(List<T> items) {
        return new Page<>(items, Optional.empty());
    }
}
