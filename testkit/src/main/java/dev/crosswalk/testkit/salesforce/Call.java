package dev.crosswalk.testkit.salesforce;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/** One HTTP request being answered: parsed inputs and response helpers over {@link HttpExchange}. */
final class Call {

    private final HttpExchange exchange;
    private final Map<String, String> query;
    private Matcher match;
    private byte[] body;
    private Map<String, String> form;
    private final java.util.function.IntConsumer beforeResponse;
    private final List<Runnable> onComplete = new java.util.ArrayList<>();
    private int status;
    private java.time.Duration responseDelay = java.time.Duration.ZERO;
    private boolean failsQueryJob;

    /** @param beforeResponse told the status just before the response starts, so observers see it first */
    Call(HttpExchange exchange, java.util.function.IntConsumer beforeResponse) {
        this.exchange = exchange;
        this.beforeResponse = beforeResponse;
        this.query = parseForm(exchange.getRequestURI().getRawQuery());
    }

    /** Whether this call is a composite subrequest that should not count against the org's allowance. */
    boolean isUncountedSubrequest() {
        return exchange instanceof LocalExchange local && !local.countsAgainstLimits();
    }

    /** Runs {@code action} once the exchange is over, whatever happened. */
    void whenComplete(Runnable action) {
        onComplete.add(action);
    }

    void complete() {
        onComplete.forEach(Runnable::run);
    }

    String method() {
        return exchange.getRequestMethod().toUpperCase(java.util.Locale.ROOT);
    }

    /** The request path, {@code /services/data/latest/...} already resolved to the newest version. */
    String path() {
        return ApiVersions.resolveLatest(exchange.getRequestURI().getPath());
    }

    void match(Matcher matcher) {
        this.match = matcher;
    }

    /** A named group of the route pattern that matched this call. */
    String pathParam(String name) {
        return match.group(name);
    }

    Optional<String> queryParam(String name) {
        return Optional.ofNullable(query.get(name));
    }

    Optional<String> header(String name) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
    }

    Headers responseHeaders() {
        return exchange.getResponseHeaders();
    }

    byte[] body() throws IOException {
        if (body == null) {
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
        }
        return body;
    }

    /** The {@code application/x-www-form-urlencoded} body. */
    Map<String, String> form() throws IOException {
        if (form == null) {
            form = parseForm(new String(body(), StandardCharsets.UTF_8));
        }
        return form;
    }

    /** A form field, falling back to the query string (Salesforce accepts both for OAuth endpoints). */
    Optional<String> formOrQuery(String name) throws IOException {
        String value = form().get(name);
        return value != null ? Optional.of(value) : queryParam(name);
    }

    int status() {
        return status;
    }

    boolean responded() {
        return status != 0;
    }

    void json(int code, Object value) throws IOException {
        send(code, "application/json;charset=UTF-8", Json.MAPPER.writeValueAsBytes(value));
    }

    void send(int code, String contentType, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        respond(code, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    void empty(int code) throws IOException {
        respond(code, -1);
    }

    /** Makes the Bulk query job this call creates end in {@code Failed} (an injected fault). */
    void failQueryJob() {
        this.failsQueryJob = true;
    }

    /** Whether the Bulk query job this call creates must end in {@code Failed}. */
    boolean failsQueryJob() {
        return failsQueryJob;
    }

    /** Holds the response back by {@code delay} once the handler is done (injected latency). */
    void delayResponse(java.time.Duration delay) {
        this.responseDelay = delay;
    }

    private void respond(int code, long length) throws IOException {
        if (!responseDelay.isZero()) {
            try {
                Thread.sleep(responseDelay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        status = code;
        beforeResponse.accept(code);
        exchange.sendResponseHeaders(code, length);
    }

    /** Starts a chunked response; the caller writes and closes the stream. */
    OutputStream stream(int code, String contentType) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        respond(code, 0);
        return exchange.getResponseBody();
    }

    static Map<String, String> parseForm(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            values.putIfAbsent(key, value);
        }
        return values;
    }

    static List<String> split(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isBlank() ? List.of()
                : List.of(commaSeparated.trim().split("\\s*,\\s*"));
    }
}
