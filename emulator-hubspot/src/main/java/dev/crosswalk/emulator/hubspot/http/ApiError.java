package dev.crosswalk.emulator.hubspot.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** A refusal the dispatcher answers with its status, headers and HubSpot error body. */
public final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient ObjectNode body;
    private final Map<String, String> headers = new LinkedHashMap<>();

    /** A refusal with {@code status} and a HubSpot error {@code body}. */
    public ApiError(int status, ObjectNode body) {
        super(body.path("message").asText(), null, false, false);
        this.status = status;
        this.body = body;
    }

    /** A refusal with HubSpot's error body of {@code category}. */
    public static ApiError of(int status, String category, String message) {
        return new ApiError(status, Json.error(category, message));
    }

    /** A 400 {@code VALIDATION_ERROR}. */
    public static ApiError validation(String message) {
        return of(400, "VALIDATION_ERROR", message);
    }

    /** A 404 {@code OBJECT_NOT_FOUND}. */
    public static ApiError notFound(String message) {
        return of(404, "OBJECT_NOT_FOUND", message);
    }

    /** Adds a header to the answer; returns this error. */
    public ApiError header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    int status() {
        return status;
    }

    ObjectNode body() {
        return body;
    }

    Map<String, String> headers() {
        return headers;
    }
}
