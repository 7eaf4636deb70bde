package dev.crosswalk.connector.hubspot;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ObjectSchema;
import dev.crosswalk.core.domain.ObjectSummary;
import dev.crosswalk.core.port.out.crm.SchemaPort;
import java.util.List;
import java.util.Optional;

/**
 * Describes the canned objects from their property definitions, the same for every connection. HubSpot's types
 * become {@code string} → STRING, {@code number} → DOUBLE, {@code datetime} → DATETIME, {@code date} → DATE,
 * {@code enumeration} → PICKLIST with its options; {@code hs_object_id} is the ID and {@code associatedcompanyid} a
 * REFERENCE to companies. Thread-safe; nothing to cache.
 */
final class CannedSchemaPort implements SchemaPort {

    private static final List<ObjectSummary> SUMMARIES =
            CannedHubSpot.objects().stream().map(CannedObject::summary).toList();

    @Override
    public List<ObjectSummary> objects(Connection connection) {
        return SUMMARIES;
    }

    @Override
    public Optional<ObjectSchema> describe(Connection connection, String objectName) {
        return CannedHubSpot.object(objectName).map(CannedObject::schema);
    }
}
