package dev.crosswalk.core.toolkit.mapping;

import com.dashjoin.jsonata.Jsonata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON-like values as the mapping engine passes them around: null, text, numbers, booleans, lists and maps. */
final class JsonValues {

    private JsonValues() {
    }

    /** @return whether {@code value} is {@code null}, JSONata's null, {@code ""}, {@code []} or <code>{}</code> */
    static boolean isEmpty(Object value) {
        return value == null || value == Jsonata.NULL_VALUE || value instanceof String text && text.isEmpty()
                || value instanceof List<?> list && list.isEmpty() || value instanceof Map<?, ?> map && map.isEmpty();
    }

    /**
     * Turns what JSONata produced into plain values: its null marker into {@code null}, its sequences into
     * {@link ArrayList}s, maps into {@link LinkedHashMap}s; functions and other non-JSON values into {@code null}.
     * Text, numbers and booleans are kept as they are (the same instances).
     */
    static Object plain(Object value) {
        if (value == null || value == Jsonata.NULL_VALUE) {
            return null;
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(String.valueOf(key), plain(item)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object item : list) {
                copy.add(plain(item));
            }
            return copy;
        }
        return null;
    }

    /** @return the value's kind for messages: {@code text}, {@code a number}, {@code an object}, ... */
    static String kindOf(Object value) {
        if (value == null || value == Jsonata.NULL_VALUE) {
            return "null";
        }
        if (value instanceof String) {
            return "text";
        }
        if (value instanceof Number) {
            return "a number";
        }
        if (value instanceof Boolean) {
            return "true or false";
        }
        if (value instanceof Map<?, ?>) {
            return "an object";
        }
        return value instanceof List<?> ? "a list" : "a function";
    }

    /** @return a short rendering of {@code value} for messages (long text cut) */
    static String show(Object value) {
        String shown = value instanceof String text ? "'" + text + "'" : String.valueOf(plain(value));
        return shown.length() > 80 ? shown.substring(0, 77) + "..." : shown;
    }
}
