package dev.crosswalk.connector.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.core.domain.FieldSchema;
import dev.crosswalk.core.domain.FieldType;
import dev.crosswalk.core.domain.ObjectSchema;
import dev.crosswalk.core.domain.ProviderRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns HubSpot's objects into provider records. HubSpot sends every property value as text; numbers and booleans
 * become numbers and booleans by the property's type, so mappings see the same kinds of values as from any CRM. Each
 * field asked for is present, {@code null} when HubSpot has no value. Stateless.
 */
final class HubSpotRecordReader {

    private HubSpotRecordReader() {
    }

    /**
     * @param schema the object's schema
     * @param fields every field asked for: properties, and perhaps {@link HubSpotObjects#PRIMARY_COMPANY}
     * @return the names of the properties to ask HubSpot for: {@code fields} without the added one
     */
    static List<String> properties(List<String> fields) {
        return fields.stream().filter(name -> !HubSpotObjects.PRIMARY_COMPANY.equals(name)).toList();
    }

    /** @return the fields to read: those asked for, or every field of the object when none were */
    static List<String> selected(ObjectSchema schema, List<String> asked) {
        if (asked.isEmpty()) {
            return schema.fields().stream().map(FieldSchema::name).toList();
        }
        List<String> names = new ArrayList<>();
        asked.forEach(name -> schema.field(name).map(FieldSchema::name).filter(known -> !names.contains(known))
                .ifPresent(names::add));
        return names;
    }

    /** @param primaryCompany the record's primary company, for the added field; {@code null} when it has none */
    static ProviderRecord read(ObjectSchema schema, JsonNode object, List<String> fields, String primaryCompany) {
        String id = object.path("id").asText();
        JsonNode properties = object.path("properties");
        Map<String, Object> values = new LinkedHashMap<>();
        for (String name : fields) {
            if (HubSpotObjects.PRIMARY_COMPANY.equals(name)) {
                values.put(name, primaryCompany);
            } else {
                values.put(name, typed(schema.field(name).map(FieldSchema::type).orElse(FieldType.STRING),
                        properties.path(name)));
            }
        }
        return ProviderRecord.builder(schema.name(), id)
                .fields(values)
                .deleted(object.path("archived").asBoolean(false))
                .build();
    }

    /**
     * @param object contacts or deals
     * @return the company an object's v3 {@code associations} name by HubSpot's own primary association; {@code null}
     *     when it has none (other labels and unlabelled associations are not the primary company)
     */
    static String primaryCompany(String object, JsonNode record) {
        for (JsonNode association : record.path("associations").path("companies").path("results")) {
            if (HubSpotObjects.primaryCompanyType(object, association.path("type").asText(""))) {
                return association.path("id").asText(null);
            }
        }
        return null;
    }

    private static Object typed(FieldType type, JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        String text = value.asText();
        if (text.isEmpty() && !type.isText()) {
            return null;
        }
        try {
            return type.isNumber() ? new BigDecimal(text)
                    : type == FieldType.BOOLEAN ? Boolean.valueOf(text) : text;
        } catch (NumberFormatException notANumber) {
            return text;
        }
    }
}
