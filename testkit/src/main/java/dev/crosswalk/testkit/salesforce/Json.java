package dev.crosswalk.testkit.salesforce;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The shared Jackson mapper and the platform's date formats. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final JsonFactory FACTORY = MAPPER.getFactory();

    /** {@code 2011-07-07T00:37:00.000+0000}: always UTC, milliseconds, offset without a colon. */
    static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx").withZone(ZoneOffset.UTC);

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static String datetime(Instant instant) {
        return DATETIME.format(instant);
    }

    static String date(LocalDate date) {
        return date.toString();
    }
}
