package dev.crosswalk.emulator.hubspot.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.crosswalk.emulator.hubspot.http.ApiError;
import dev.crosswalk.emulator.hubspot.http.Json;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the {@code properties} of a create or update and checks them against the type's catalogue. */
public final class PropertyValues {

    private PropertyValues() {
    }

    /**
     * The values to write, as strings ({@code null} clears one); HubSpot's read-only properties are skipped.
     *
     * @throws ApiError 400 {@code VALIDATION_ERROR} listing every unknown property, bad number or unknown option
     */
    public static Map<String, String> read(ObjectType type, JsonNode properties) {
        Map<String, String> values = new LinkedHashMap<>();
        ArrayNode problems = Json.MAPPER.createArrayNode();
        properties.fields().forEachRemaining(entry -> {
            String name = entry.getKey();
            String value = entry.getValue().isNull() ? null : entry.getValue().asText();
            PropertyDef def = type.property(name).orElse(null);
            if (def == null) {
                problem(problems, name, "PROPERTY_DOESNT_EXIST", "Property \"" + name + "\" does not exist");
            } else if (def.readOnly()) {
                return;
            } else if (value != null && !value.isEmpty() && def.type().equals("number") && !isNumber(value)) {
                problem(problems, name, "INVALID_INTEGER", value + " is not a valid number");
            } else if (value != null && !value.isEmpty() && !def.options().isEmpty() && !def.options().contains(value)) {
                problem(problems, name, "INVALID_OPTION", value + " was not one of the allowed options: " + def.options());
            } else {
                values.put(name, value);
            }
        });
        if (!problems.isEmpty()) {
            throw ApiError.validation("Property values were not valid: " + problems);
        }
        return values;
    }

    private static void problem(ArrayNode problems, String name, String error, String message) {
        problems.addObject().put("isValid", false).put("message", message).put("error", error).put("name", name);
    }

    private static boolean isNumber(String value) {
        try {
            new BigDecimal(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
