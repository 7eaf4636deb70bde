package dev.crosswalk.connector.hubspot;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One canned HubSpot record: its id and the properties that have a value, all as text (as HubSpot's CRM v3 API
 * sends them), and whether it is archived (HubSpot's word for deleted).
 */
record CannedRecord(String id, Map<String, String> properties, boolean archived) {

    CannedRecord {
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /** @return the property's value, or {@code null} when it has none */
    String value(String property) {
        return properties.get(property);
    }
}
