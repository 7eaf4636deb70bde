package dev.crosswalk.core.toolkit.mapping;

import java.util.Objects;

/**
 * A broken mapping file or override: where (the source's name, a 1-based line and column) and why. The message is
 * {@code source:line:column: reason}, e.g. {@code override:3:1: unknown key 'respones'; expected one of ...}.
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class MappingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String sourceName;
    private final int line;
    private final int column;
    private final String reason;

    MappingException(String sourceName, int line, int column, String reason) {
        super(sourceName + ":" + line + ":" + column + ": " + reason);
        this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
        this.line = line;
        this.column = column;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** @return the name of the file or override, e.g. {@code salesforce:mappings/contact.yaml}; never {@code null} */
    public String sourceName() {
        return sourceName;
    }

    /** @return the 1-based line of the offending node */
    public int line() {
        return line;
    }

    /** @return the 1-based column of the offending node */
    public int column() {
        return column;
    }

    /** @return why the document was refused, naming the valid options where there are any; never {@code null} */
    public String reason() {
        return reason;
    }
}
