package dev.crosswalk.core.toolkit.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A plain field path: one to {@value #MAX_LEVELS} names joined by dots ({@code Email}, {@code Account.Name}), read
 * from a record by direct map look-ups, following relationship names into nested records. Immutable and thread-safe.
 */
final class FieldPath {

    static final int MAX_LEVELS = 5;
    static final String RESPONSE_PREFIX = "response.";
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*");

    private final String text;
    private final String[] names;

    private FieldPath(String text) {
        this.text = text;
        this.names = text.split("\\.");
    }

    /** @return whether {@code text} is names joined by dots (of any depth) */
    static boolean looksLikePath(String text) {
        return SHAPE.matcher(text).matches();
    }

    /**
     * @param text names joined by dots, as {@link #looksLikePath} accepts
     * @return the path
     */
    static FieldPath of(String text) {
        if (!looksLikePath(text)) {
            throw new IllegalArgumentException("'" + text + "' is not a field path");
        }
        return new FieldPath(text);
    }

    /** @return the path as written */
    String text() {
        return text;
    }

    /** @return the number of names */
    int levels() {
        return names.length;
    }

    /** @return the first name: the record's own field the path starts from */
    String head() {
        return names[0];
    }

    /**
     * @param record a record's fields; nested records are maps
     * @return the value, or {@code null} when a name on the way is missing or not a record
     */
    Object read(Map<String, ?> record) {
        Object current = record.get(names[0]);
        for (int i = 1; i < names.length && current != null; i++) {
            current = step(current, names[i]);
        }
        return current;
    }

    private static Object step(Object value, String name) {
        if (value instanceof Map<?, ?> map) {
            return map.get(name);
        }
        if (value instanceof List<?> list) {
            return eachOf(list, name);
        }
        return null;
    }

    private static Object eachOf(List<?> list, String name) {
        List<Object> found = new ArrayList<>();
        for (Object item : list) {
            Object value = step(item, name);
            if (value instanceof List<?> nested) {
                found.addAll(nested);
            } else if (value != null) {
                found.add(value);
            }
        }
        return found.isEmpty() ? null : found.size() == 1 ? found.get(0) : found;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldPath that && that.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
