package dev.crosswalk.testkit.salesforce.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;

/** The shared Jackson mapper and the platform's date formats. */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper();
    public static final JsonFactory FACTORY = MAPPER.getFactory();

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** {@code 2011-07-07T00:37:00.000+0000}: always UTC, milliseconds, offset without a colon. */
    public static String datetime(Instant instant) {
        return Timestamps.format(instant, "+0000");
    }

    public static String date(LocalDate date) {
        return date.toString();
    }
}
