package dev.crosswalk.connector.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.FieldSchema;
import dev.crosswalk.core.domain.FieldType;
import dev.crosswalk.core.domain.ObjectSchema;
import dev.crosswalk.core.domain.ObjectSummary;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import dev.crosswalk.core.port.out.crm.SchemaPort;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The schema from HubSpot's properties API ({@code GET /crm/v3/properties/{object}}): the standard contacts, companies
 * and deals, and the account's custom objects from {@code GET /crm/v3/schemas}, named by their fully qualified name
 * (also found by their object type id or short name, in any letter case). Both are cached per connection for the
 * configured time; concurrent misses of one key make one call (Caffeine loads each key once at a time). A failed read
 * is not cached. Thread-safe.
 */
final class HubSpotSchema implements SchemaPort {

    private record Key(ConnectionRef connection, String object) {
    }

    /** A custom object as {@code /crm/v3/schemas} lists it. */
    private record CustomObject(ObjectSummary summary, String typeId, String shortName) {

        boolean named(String name) {
            return summary.name().equalsIgnoreCase(name) || typeId.equalsIgnoreCase(name)
                    || shortName.equalsIgnoreCase(name);
        }
    }

    private final HubSpotCalls calls;
    private final Cache<Key, ObjectSchema> described;
    private final Cache<ConnectionRef, List<CustomObject>> customObjects;

    HubSpotSchema(HubSpotCalls calls, Clock clock, Duration ttl) {
        this.calls = calls;
        this.described = cache(clock, ttl);
        this.customObjects = cache(clock, ttl);
    }

    private static <K, V> Cache<K, V> cache(Clock clock, Duration ttl) {
        return Caffeine.newBuilder()
                .expireAfterWrite(ttl)
                .maximumSize(1000)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .build();
    }

    @Override
    public List<ObjectSummary> objects(Connection connection) {
        List<ObjectSummary> all = new ArrayList<>(HubSpotObjects.STANDARD);
        customObjects(connection).forEach(custom -> all.add(custom.summary()));
        return all;
    }

    @Override
    public Optional<ObjectSchema> describe(Connection connection, String objectName) {
        Optional<ObjectSummary> object = HubSpotObjects.standard(objectName).or(() -> customObjects(connection).stream().filter(custom -> custom.named(objectName)).findFirst()
                        .map(CustomObject::summary));
        return object.map(summary -> described.get(new Key(connection.ref(), summary.name()),
                key -> read(connection, summary)));
    }

    private List<CustomObject> customObjects(Connection connection) {
        return customObjects.get(connection.ref(), ref -> {
            List<CustomObject> found = new ArrayList<>();
            for (JsonNode schema : customObjectSchemas(connection).path("results")) {
                String name = schema.path("fullyQualifiedName").asText("");
                if (name.matches("[A-Za-z0-9_-]{1,100}")) {
                    found.add(new CustomObject(ObjectSummary.of(name, schema.path("labels").path("plural")
                            .asText(name), true), schema.path("objectTypeId").asText(name),
                            schema.path("name").asText(name)));
                }
            }
            return List.copyOf(found);
        });
    }

    /**
     * Custom objects need an Enterprise account and a custom-object scope; a grant without the scope (HubSpot's 403
     * {@code MISSING_SCOPES}) reaches no custom object, which is no failure of the standard ones.
     */
    private JsonNode customObjectSchemas(Connection connection) {
        try {
            return calls.get(connection, "list the custom objects", "/crm/v3/schemas");
        } catch (CrmFailure.Rejected refused) {
            if (refused.providerCode().filter("MISSING_SCOPES"::equals).isPresent()) {
                return JsonNodeFactory.instance.objectNode();
            }
            throw refused;
        }
    }

    private ObjectSchema read(Connection connection, ObjectSummary summary) {
        String object = summary.name();
        JsonNode properties = calls.get(connection, "read the properties of " + object,
                "/crm/v3/properties/" + object + "?archived=false");
        ObjectSchema.Builder schema = ObjectSchema.builder(object).label(summary.label()).custom(summary.custom());
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
