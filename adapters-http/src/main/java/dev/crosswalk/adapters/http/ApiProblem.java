package dev.crosswalk.adapters.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem this adapter answers with: a status, a stable type slug, a title, a detail a person can act on,
 * response headers and extension members. Thrown by handlers and rendered by {@link Problems}. Immutable.
 */
final class ApiProblem extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final Map<String, String> headers;
    private final Map<String, Object> extensions;

    private ApiProblem(int status, String type, String title, String detail, Map<String, String> headers,
            Map<String, Object> extensions) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.headers = Map.copyOf(headers);
        this.extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    ApiProblem(int status, String type, String title, String detail) {
        this(status, type, title, detail, Map.of(), Map.of());
    }

    /** @return this problem also sending {@code name: value} */
    ApiProblem withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiProblem(status, type, title, getMessage(), more, extensions);
    }

    /** @return this problem with a further member in its body */
    ApiProblem with(String member, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(member, value);
        return new ApiProblem(status, type, title, getMessage(), headers, more);
    }

    static ApiProblem unauthenticated() {
        return new ApiProblem(401, "unauthenticated", "Missing or invalid API key",
                "send a tenant API key as 'Authorization: Bearer <key>'").withHeader("WWW-Authenticate", "Bearer");
    }

    static ApiProblem badRequest(String detail) {
        return new ApiProblem(400, "invalid-request", "Invalid request", detail);
    }

    static ApiProblem badRequest(String detail, List<String> validValues) {
        return badRequest(detail).with("valid_values", List.copyOf(validValues));
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

    Map<String, Object> extensions() {
        return extensions;
    }
}
