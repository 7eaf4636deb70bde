package dev.crosswalk.core.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A durable position in an object's change stream: every record modified before {@link #modifiedAt()}, or at that
 * instant with an id up to {@link #lastId()}, has been seen. A listing given a watermark returns only records strictly
 * after it in ({@code modified}, {@code id}) order, so records that share a modification time are neither skipped nor
 * repeated. Unlike a {@link PageToken} it never expires and may be stored across runs. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Watermark {

    private final Instant modifiedAt;
    private final String lastId;

    private Watermark(Instant modifiedAt, String lastId) {
        this.modifiedAt = Objects.requireNonNull(modifiedAt, "modifiedAt");
        this.lastId = Objects.requireNonNull(lastId, "lastId");
    }

    /**
     * @param modifiedAt the modification time of the last record seen; never {@code null}
     * @param lastId that record's id; never {@code null} ({@code ""} means "before every id at that instant")
     * @return the watermark
     */
    public static Watermark after(Instant modifiedAt, String lastId) {
        return new Watermark(modifiedAt, lastId);
    }

    /** @return the modification time of the last record seen; never {@code null} */
    public Instant modifiedAt() {
        return modifiedAt;
    }

    /** @return the id of the last record seen at {@link #modifiedAt()}; never {@code null} */
    public String lastId() {
        return lastId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Watermark that && that.modifiedAt.equals(modifiedAt) && that.lastId.equals(lastId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(modifiedAt, lastId);
    }

    @Override
    public String toString() {
        return "Watermark[" + modifiedAt + ", " + lastId + "]";
    }
}
