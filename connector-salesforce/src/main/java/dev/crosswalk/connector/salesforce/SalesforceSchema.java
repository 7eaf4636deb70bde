package dev.crosswalk.connector.salesforce;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.FieldSchema;
import dev.crosswalk.core.domain.FieldType;
import dev.crosswalk.core.domain.ObjectSchema;
import dev.crosswalk.core.port.out.CrmFailure;
import dev.crosswalk.core.port.out.SchemaPort;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Discovers objects and fields with Salesforce's Describe, caching each result per connection and object for the
 * configured time. The cache holds at most the configured number of results and drops the least recently used first.
 * Thread-safe.
 */
final class SalesforceSchema implements SchemaPort {

    private final SalesforceCalls calls;
    private final Clock clock;
    private final Duration ttl;
    private final Map<CacheKey, Cached> cache;

    SalesforceSchema(SalesforceCalls calls, Clock clock, Duration ttl, int maxEntries) {
        this.calls = calls;
        this.clock = clock;
        this.ttl = ttl;
        this.cache = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<CacheKey, Cached> eldest) {
                return size() > maxEntries;
            }
        });
    }

    @Override
    public Optional<ObjectSchema> describe(Connection connection, String objectName) {
        CacheKey key = new CacheKey(connection.ref(), objectName.toLowerCase(Locale.ROOT));
        Instant now = clock.instant();
        Cached cached = cache.get(key);
        if (cached != null && now.isBefore(cached.expiresAt())) {
            return Optional.of(cached.schema());
        }
        try {
            ObjectSchema schema = toSchema(calls.describe(connection, objectName));
            cache.put(key, new Cached(schema, now.plus(ttl)));
            return Optional.of(schema);
        } catch (CrmFailure.NotFound noSuchObject) {
            return Optional.empty();
        }
    }

    private static ObjectSchema toSchema(SalesforceWire.DescribeResult describe) {
        List<FieldSchema> fields = describe.fields().stream()
                .map(field -> new FieldSchema(
                        field.name(),
                        field.label() == null ? field.name() : field.label(),
                        fieldType(field.type()),
                        field.custom(),
                        field.nillable(),
                        field.createable(),
                        field.updateable(),
                        field.picklistValues() == null
                                ? List.of()
                                : field.picklistValues().stream()
                                        .filter(SalesforceWire.PicklistValue::active)
                                        .map(SalesforceWire.PicklistValue::value)
                                        .toList()))
                .toList();
        return new ObjectSchema(describe.name(), describe.label() == null ? describe.name() : describe.label(),
                describe.custom(), fields);
    }

    private static FieldType fieldType(String salesforceType) {
        if (salesforceType == null) {
            return FieldType.OTHER;
        }
        return switch (salesforceType.toLowerCase(Locale.ROOT)) {
            case "id" -> FieldType.ID;
            case "string", "encryptedstring" -> FieldType.STRING;
            case "textarea" -> FieldType.TEXTAREA;
            case "email" -> FieldType.EMAIL;
            case "phone" -> FieldType.PHONE;
            case "url" -> FieldType.URL;
            case "picklist", "combobox" -> FieldType.PICKLIST;
            case "multipicklist" -> FieldType.MULTIPICKLIST;
            case "boolean" -> FieldType.BOOLEAN;
            case "int", "long" -> FieldType.INTEGER;
            case "double" -> FieldType.DOUBLE;
            case "currency" -> FieldType.CURRENCY;
            case "percent" -> FieldType.PERCENT;
            case "date" -> FieldType.DATE;
            case "datetime" -> FieldType.DATETIME;
            case "reference" -> FieldType.REFERENCE;
            default -> FieldType.OTHER;
        };
    }

    private record CacheKey(ConnectionRef connection, String objectName) {
    }

    private record Cached(ObjectSchema schema, Instant expiresAt) {
    }
}
