package dev.crosswalk.adapters.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes and reads a connection's settings as a flat JSON object of strings, e.g. {@code {"apiVersion":"v62.0"}},
 * so that PostgreSQL can still query the column as JSON. Keys are written in sorted order. Jackson does the JSON;
 * this class only insists on the shape. Stateless and thread-safe.
 */
final class SettingsJson {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private SettingsJson() {}

    static String write(Map<String, String> settings) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(settings));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a map of strings could not be written as JSON", impossible);
        }
    }

    /** @throws IllegalStateException when the text is not a flat JSON object of strings */
    static Map<String, String> read(String json) {
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (JsonProcessingException unreadable) {
            throw malformed(unreadable.getOriginalMessage());
        }
        if (tree == null || !tree.isObject()) {
            throw malformed("not an object");
        }
        Map<String, String> settings = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : tree.properties()) {
            if (!field.getValue().isTextual()) {
                throw malformed("the value of '" + field.getKey() + "' is not a string");
            }
            settings.put(field.getKey(), field.getValue().textValue());
        }
        return settings;
    }

    private static IllegalStateException malformed(String problem) {
        return new IllegalStateException("stored connection settings are not a flat JSON object of strings: " + problem);
    }
}
