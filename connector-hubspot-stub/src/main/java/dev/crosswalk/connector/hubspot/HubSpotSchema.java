package dev.crosswalk.connector.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.FieldSchema;
import dev.crosswalk.core.domain.FieldType;
import dev.crosswalk.core.domain.ObjectSchema;
import dev.crosswalk.core.domain.ObjectSummary;
import dev.crosswalk.core.port.out.crm.SchemaPort;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The schema from HubSpot's properties API ({@code GET /crm/v3/properties/{object}}), cached per connection and
 * object for the configured time; concurrent misses of one key make one call (Caffeine loads each key once at a
 * time). A failed read is not cached. Thread-safe.
 */
final class HubSpotSchema implements SchemaPort {

    private record Key(ConnectionRef connection, String object) {
    }

    private final HubSpotCalls calls;
    private final Cache<Key, ObjectSchema> described;

    HubSpotSchema(HubSpotCalls calls, Clock clock, Duration ttl) {
        this.calls = calls;
        this.described = Caffeine.newBuilder()
                .expireAfterWrite(ttl)
                .maximumSize(1000)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .build();
    }

    @Override
    public List<ObjectSummary> objects(Connection connection) {
        return HubSpotObjects.STANDARD;
    }

    @Override
    public Optional<ObjectSchema> describe(Connection connection, String objectName) {
        return HubSpotObjects.standard(objectName).map(object ->
                described.get(new Key(connection.ref(), object), key -> read(connection, object)));
    }

    private ObjectSchema read(Connection connection, String object) {
        JsonNode properties = calls.get(connection, "read the properties of " + object,
                "/crm/v3/properties/" + object + "?archived=false");
        String label = HubSpotObjects.STANDARD.stream().filter(summary -> summary.name().equals(object))
                .map(ObjectSummary::label).findFirst().orElse(object);
        ObjectSchema.Builder schema = ObjectSchema.builder(object).label(label);
        properties.path("results").forEach(property -> schema.field(field(property)));
        if (HubSpotObjects.hasPrimaryCompany(object)) {
            schema.field(HubSpotObjects.primaryCompanyField());
        }
        return schema.build();
    }

    private static FieldSchema field(JsonNode property) {
        String name = property.path("name").asText();
        boolean readOnly = property.path("calculated").asBoolean(false)
                || property.path("modificationMetadata").path("readOnlyValue").asBoolean(false);
        List<String> options = new ArrayList<>();
        property.path("options").forEach(option -> options.add(option.path("value").asText()));
        return FieldSchema.builder(name, type(name, property))
                .label(property.path("label").asText(name))
                .custom(!property.path("hubspotDefined").asBoolean(false))
                .createable(!readOnly)
                .updateable(!readOnly)
                .picklistValues(options)
                .build();
    }

    private static FieldType type(String name, JsonNode property) {
        if (HubSpotObjects.ID.equals(name)) {
            return FieldType.ID;
        }
        String fieldType = property.path("fieldType").asText("");
        return switch (property.path("type").asText("")) {
            case "string" -> "textarea".equals(fieldType) ? FieldType.TEXTAREA : FieldType.STRING;
            case "phone_number" -> FieldType.PHONE;
            case "number" -> property.path("showCurrencySymbol").asBoolean(false) ? FieldType.CURRENCY
                    : FieldType.DOUBLE;
            case "date" -> FieldType.DATE;
            case "datetime" -> FieldType.DATETIME;
            case "bool" -> FieldType.BOOLEAN;
            case "enumeration" -> "checkbox".equals(fieldType) ? FieldType.MULTIPICKLIST
                    : "booleancheckbox".equals(fieldType) ? FieldType.BOOLEAN : FieldType.PICKLIST;
            default -> FieldType.OTHER;
        };
    }
}
