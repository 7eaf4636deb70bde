package dev.crosswalk.adapters.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;

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
}
