package dev.crosswalk.core.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a listing of provider records. A page may be short, even empty, while a next page exists. Immutable
 * and thread-safe.
 *
 * @since 0.1
 */
public final class RecordPage {

    private final List<ProviderRecord> records;
    private final PageToken next;
    private final Watermark watermark;

    private RecordPage(List<ProviderRecord> records, PageToken next, Watermark watermark) {
        this.records = List.copyOf(records);
        this.next = next;
        this.watermark = watermark;
    }

    /**
     * @param records the records on this page, possibly none; never {@code null}
     * @param next where the next page starts, or {@code null} on the last page
     * @return the page
     */
    public static RecordPage of(List<ProviderRecord> records, PageToken next) {
        return new RecordPage(Objects.requireNonNull(records, "records"), next, null);
    }

    /** @return a last page holding {@code records} */
    public static RecordPage last(List<ProviderRecord> records) {
        return new RecordPage(Objects.requireNonNull(records, "records"), null, null);
    }

    /**
     * @param position where a listing resumes after this page: everything at or before it has been returned
     * @return this page carrying that watermark
     */
    public RecordPage withWatermark(Watermark position) {
        return new RecordPage(records, next, Objects.requireNonNull(position, "position"));
    }

    /** @return the records, in the listing's order; never {@code null} */
    public List<ProviderRecord> records() {
        return records;
    }

    /** @return where the next page starts, or empty on the last page */
    public Optional<PageToken> next() {
        return Optional.ofNullable(next);
    }

    /**
     * @return for a query with {@link RecordQuery#modifiedSince()}, the position after this page's last record (or
     *     the query's own watermark on an empty page); empty otherwise
     */
    public Optional<Watermark> watermark() {
        return Optional.ofNullable(watermark);
    }

    @Override
    public String toString() {
        return "RecordPage[" + records.size() + " records, next=" + next + "]";
    }
}
