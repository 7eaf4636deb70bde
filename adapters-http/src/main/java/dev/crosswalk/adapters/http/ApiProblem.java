package dev.crosswalk.adapters.http;

import java.util.Map;

/**
 * An RFC 9457 problem this adapter answers with: a status, a stable type slug, a title and a detail a person can act
 * on. Thrown by handlers and rendered by {@link Problems}.
 */
final class ApiProblem extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final Map<String, String> headers;

    ApiProblem(int status, String type, String title, String detail, Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.headers = Map.copyOf(headers);
    }

    ApiProblem(int status, String type, String title, String detail) {
        this(status, type, title, detail, Map.of());
    }

    static ApiProblem unauthenticated() {
        return new ApiProblem(401, "unauthenticated", "Missing or invalid API key",
                "send a tenant API key as 'Authorization: Bearer <key>'", Map.of("WWW-Authenticate", "Bearer"));
    }

    static ApiProblem badRequest(String detail) {
        return new ApiProblem(400, "invalid-request", "Invalid request", detail);
    }

    int status() {
        return status;
    }

    String type() {
        return type;
    }

    String title() {
        return title;
    }

    Map<String, String> headers() {
        return headers;
    }
}
