package dev.crosswalk.emulator.hubspot.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.crosswalk.emulator.support.HttpCall;
import java.io.IOException;
import java.util.Optional;
import java.util.function.IntConsumer;

/** One request to the HubSpot emulator: JSON in and out, and the bearer token. */
public final class HubSpotCall extends HttpCall {

    HubSpotCall(HttpExchange exchange, IntConsumer beforeResponse) {
        super(exchange, beforeResponse);
    }

    /** Answers {@code value} as JSON with status {@code code}. */
    public void json(int code, JsonNode value) throws IOException {
        send(code, "application/json;charset=utf-8", Json.MAPPER.writeValueAsBytes(value));
    }

    /** The JSON body as an object; @throws ApiError 400 when it is not one */
    public ObjectNode jsonBody() throws IOException {
        try {
            JsonNode node = Json.MAPPER.readTree(body());
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (com.fasterxml.jackson.core.JacksonException malformed) {
            throw ApiError.of(400, "VALIDATION_ERROR", "Invalid input JSON on line 1: " + malformed.getOriginalMessage());
        }
        throw ApiError.validation("Invalid input JSON: expected an object");
    }

    /** The token of an {@code Authorization: Bearer} header. */
    public Optional<String> bearer() {
        return header("Authorization").filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(value -> value.substring(7).trim());
    }

    /** An integer query parameter. @throws ApiError 400 when it is not one */
    public Optional<Integer> intParam(String name) {
        try {
            return queryParam(name).map(Integer::parseInt);
        } catch (NumberFormatException e) {
            throw ApiError.validation("Invalid value for query parameter '" + name + "': not an integer");
        }
    }

    /** @return the {@code archived} query parameter, false when absent */
    public boolean archivedParam() {
        return queryParam("archived").map(Boolean::parseBoolean).orElse(false);
    }
}
