package dev.crosswalk.adapters.http;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * Writes the values records carry (text, numbers, booleans, ISO times and dates, maps and lists of them) straight to
 * a generator, as the API's mapper would ({@link Replies#mapper()}: ISO-8601, plain decimals), without looking up a
 * serializer per value. Anything else goes to the generator's mapper.
 */
final class JsonValues {

    private JsonValues() {
    }

    static void write(JsonGenerator out, Object value) throws IOException {
        switch (value) {
            case null -> out.writeNull();
            case String text -> out.writeString(text);
            case Boolean flag -> out.writeBoolean(flag);
            case Integer number -> out.writeNumber(number);
            case Long number -> out.writeNumber(number);
            case BigDecimal number -> out.writeNumber(number);
            case Double number -> out.writeNumber(number);
            case BigInteger number -> out.writeNumber(number);
            case Instant instant -> out.writeString(instant.toString()); // ISO_INSTANT, as Jackson's JavaTimeModule
            case LocalDate date -> out.writeString(date.toString()); // ISO_LOCAL_DATE, likewise
            case Map<?, ?> map -> {
                out.writeStartObject();
                for (var entry : map.entrySet()) {
                    out.writeFieldName(String.valueOf(entry.getKey()));
                    write(out, entry.getValue());
                }
                out.writeEndObject();
            }
            case Collection<?> items -> {
                out.writeStartArray();
                for (Object item : items) {
                    write(out, item);
                }
                out.writeEndArray();
            }
            default -> out.writeObject(value);
        }
    }
}
