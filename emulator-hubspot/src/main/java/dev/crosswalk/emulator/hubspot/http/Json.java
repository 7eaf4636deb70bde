package dev.crosswalk.emulator.hubspot.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** The shared Jackson mapper, HubSpot's timestamp format and its error body. */
public final class Json {

    /** The one Jackson mapper of the emulator. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Json() {
    }

    /** @return a new empty JSON object */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** {@code 2024-05-02T08:30:12.345Z}: UTC, always milliseconds. */
    public static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }

    /** HubSpot's error body: {@code status}, {@code message}, {@code correlationId}, {@code category}. */
    public static ObjectNode error(String category, String message) {
        return object().put("status", "error").put("message", message)
                .put("correlationId", UUID.randomUUID().toString()).put("category", category);
    }
}
