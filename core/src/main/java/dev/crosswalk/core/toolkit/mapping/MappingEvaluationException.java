package dev.crosswalk.core.toolkit.mapping;

import java.util.Objects;

/**
 * A compiled mapping failed on one record: a JSONata expression failed at run time (an error, its time or depth bound)
 * or produced a value that does not fit the unified field's type. The message names the unified field, the value or
 * the expression's error, and where the expression is written. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class MappingEvaluationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    MappingEvaluationException(String field, String message) {
        super(message);
        this.field = Objects.requireNonNull(field, "field");
    }

    MappingEvaluationException(String field, String message, Throwable cause) {
        super(message, cause);
        this.field = Objects.requireNonNull(field, "field");
    }

    /**
     * @return the unified field whose value failed (e.g. {@code created_at}), or {@code response_mapping} when a whole
     *     response mapping failed; never {@code null}
     */
    public String field() {
        return field;
    }
}
