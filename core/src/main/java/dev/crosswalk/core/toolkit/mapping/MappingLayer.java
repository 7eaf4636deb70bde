package dev.crosswalk.core.toolkit.mapping;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One parsed mapping document, a connector's file or an override: the parts it sets, each with where it is written.
 * Immutable.
 *
 * @param object the provider object, or {@code null} (an override)
 * @param objectPosition where {@code object} is written, or the document's start
 * @param customFields the {@code custom_fields} pattern, or {@code null} when the document sets none
 * @param response the {@code response} entries by unified field name, in order
 * @param responseMapping the {@code response_mapping}, or {@code null}
 * @param query the {@code query} entries by unified filter name, in order
 * @param queryMapping the {@code query_mapping}, or {@code null}
 */
record MappingLayer(
        String source,
        String object,
        Position objectPosition,
        Pattern customFields,
        Map<String, Expr> response,
        JsonataProgram responseMapping,
        Map<String, QueryEntry> query,
        JsonataProgram queryMapping) {

    MappingLayer {
        response = Collections.unmodifiableMap(new LinkedHashMap<>(response));
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
    }

    /** A {@code query} entry: a unified filter read as conditions on one provider field. */
    record QueryEntry(String filter, FieldPath path, Position position) {
    }
}
