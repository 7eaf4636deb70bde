package dev.crosswalk.adapters.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;
import java.io.IOException;

/** Writes successful answers as {@code application/json}. Thread-safe. */
final class Replies {

    private final ObjectMapper json;

    Replies(ObjectMapper json) {
        this.json = json;
    }

    /** @return the mapper every answer is written with: ISO-8601 times and dates, plain decimals */
    static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
    }

    /** Answers 200 with {@code body} as JSON. */
    void ok(Context ctx, Object body) throws JsonProcessingException {
        ctx.status(200).contentType("application/json").result(json.writeValueAsBytes(body));
    }

    /** Answers 200 with the JSON {@code body} writes to a generator of the API's mapper. */
    void ok(Context ctx, JsonBody body) throws IOException {
        try (ByteArrayBuilder bytes = new ByteArrayBuilder(16 * 1024)) {
            try (JsonGenerator out = json.createGenerator(bytes)) {
                body.writeTo(out);
            }
            ctx.status(200).contentType("application/json").result(bytes.toByteArray());
        }
    }

    /** A JSON answer written piece by piece, such as a page of records, instead of built as a tree first. */
    @FunctionalInterface
    interface JsonBody {
        void writeTo(JsonGenerator out) throws IOException;
    }
}
