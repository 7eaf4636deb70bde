package dev.crosswalk.testkit.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Compares JSON by shape: the same field names, nesting and value kinds as a recorded fixture. */
final class JsonShape {

    private JsonShape() {
    }

    /** Every field of {@code expected} exists in {@code actual} with the same kind, recursively (arrays: first element). */
    static void assertContainsShape(JsonNode expected, JsonNode actual, String path) {
        if (expected.isNull() || actual.isNull()) {
            return;
        }
        assertThat(kind(actual)).as("kind of %s", path).isEqualTo(kind(expected));
        if (expected.isObject()) {
            for (Iterator<String> names = expected.fieldNames(); names.hasNext();) {
                String name = names.next();
                assertThat(actual.has(name)).as("%s.%s present", path, name).isTrue();
                assertContainsShape(expected.get(name), actual.get(name), path + "." + name);
            }
        } else if (expected.isArray() && !expected.isEmpty() && !actual.isEmpty()) {
            assertContainsShape(expected.get(0), actual.get(0), path + "[0]");
        }
    }

    /** A query-result fixture reduced to its envelope and each record's {@code attributes} (its fields are Whizbang's). */
    static JsonNode envelope(JsonNode queryResult) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = queryResult.deepCopy();
        com.fasterxml.jackson.databind.node.ArrayNode records = copy.putArray("records");
        queryResult.get("records").forEach(r -> records.addObject().set("attributes", r.get("attributes")));
        return copy;
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String kind(JsonNode node) {
        if (node.isNumber()) {
            return "number";
        }
        return node.getNodeType().name();
    }
}
