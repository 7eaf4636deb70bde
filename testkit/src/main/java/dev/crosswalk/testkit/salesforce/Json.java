package dev.crosswalk.testkit.salesforce;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;

/** The shared Jackson mapper and the platform's date formats. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final JsonFactory FACTORY = MAPPER.getFactory();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** {@code 2011-07-07T00:37:00.000+0000}: always UTC, milliseconds, offset without a colon. */
    static String datetime(Instant instant) {
        return Timestamps.format(instant, "+0000");
    }

    static String date(LocalDate date) {
        return date.toString();
    }
}
