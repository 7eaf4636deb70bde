package dev.crosswalk.core.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Copies a custom-field bag: insertion order kept, {@code null} values allowed, result unmodifiable. */
final class CustomFields {

    private CustomFields() {
    }

    static Map<String, Object> copyOf(Map<String, Object> fields) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
