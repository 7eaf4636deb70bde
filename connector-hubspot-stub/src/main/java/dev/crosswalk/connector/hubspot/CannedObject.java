package dev.crosswalk.connector.hubspot;

import dev.crosswalk.core.domain.ObjectSchema;
import dev.crosswalk.core.domain.ObjectSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One canned HubSpot object: its name ({@code contacts}), its property definitions, which properties hold the
 * creation and modification times, and its records in id order. Immutable.
 */
final class CannedObject {

    private final String name;
    private final String label;
    private final Map<String, CannedProperty> propertiesByLowerName = new LinkedHashMap<>();
    private final CannedProperty createdAt;
    private final CannedProperty updatedAt;
    private final List<CannedRecord> records;

    CannedObject(String name, String label, List<CannedProperty> properties, String createdAt, String updatedAt,
            List<CannedRecord> records) {
        this.name = name;
        this.label = label;
        properties.forEach(property -> propertiesByLowerName.put(property.name().toLowerCase(Locale.ROOT), property));
        this.createdAt = property(createdAt).orElseThrow();
        this.updatedAt = property(updatedAt).orElseThrow();
        this.records = List.copyOf(records);
    }

    String name() {
        return name;
    }

    /** @return the property of that name in any letter case, if the object has it */
    Optional<CannedProperty> property(String propertyName) {
        return Optional.ofNullable(propertiesByLowerName.get(propertyName.toLowerCase(Locale.ROOT)));
    }

    /** @return every property, in definition order */
    List<CannedProperty> properties() {
        return List.copyOf(propertiesByLowerName.values());
    }

    /** @return the property holding when a record was created ({@code createdate}) */
    CannedProperty createdAt() {
        return createdAt;
    }

    /** @return the property holding when a record last changed ({@code lastmodifieddate} or {@code hs_lastmodifieddate}) */
    CannedProperty updatedAt() {
        return updatedAt;
    }

    /** @return every record, archived ones included, in id order */
    List<CannedRecord> records() {
        return records;
    }

    ObjectSummary summary() {
        return ObjectSummary.of(name, label, false);
    }

    ObjectSchema schema() {
        ObjectSchema.Builder schema = ObjectSchema.builder(name).label(label);
        propertiesByLowerName.values().forEach(property -> schema.field(property.schema()));
        return schema.build();
    }
}
