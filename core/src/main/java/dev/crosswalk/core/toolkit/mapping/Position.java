package dev.crosswalk.core.toolkit.mapping;

/** A place in a mapping source: its name and a 1-based line and column. */
record Position(String source, int line, int column) {

    static Position startOf(String source) {
        return new Position(source, 1, 1);
    }

    /** @return {@code source:line:column: reason} */
    String describe(String reason) {
        return source + ":" + line + ":" + column + ": " + reason;
    }

    MappingException error(String reason) {
        return new MappingException(source, line, column, reason);
    }

    @Override
    public String toString() {
        return source + ":" + line + ":" + column;
    }
}
