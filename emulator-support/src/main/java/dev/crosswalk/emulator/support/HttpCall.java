package dev.crosswalk.emulator.support;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;

/**
 * One HTTP request being answered: its parsed inputs and the response helpers, over the JDK's {@link HttpExchange}.
 * Emulators may subclass it to carry provider state. Confined to the thread that serves the request; not thread-safe.
 */
public class HttpCall {

    private final HttpExchange exchange;
    private final Map<String, List<String>> query;
    private final IntConsumer beforeResponse;
    private final List<Runnable> onComplete = new ArrayList<>();
    private Matcher match;
    private byte[] body;
    private Map<String, String> form;
    private int status;
    private Duration responseDelay = Duration.ZERO;
    private boolean cutBody;

    /**
     * @param exchange       the request
     * @param beforeResponse told the status just before the response starts (so a request log sees it first)
     */
    public HttpCall(HttpExchange exchange, IntConsumer beforeResponse) {
        this.exchange = exchange;
        this.beforeResponse = beforeResponse;
        this.query = parseMulti(exchange.getRequestURI().getRawQuery());
    }

    /** The exchange this call answers. */
    public HttpExchange exchange() {
        return exchange;
    }

    /** Upper-case HTTP method. */
    public String method() {
        return exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    }

    /** The decoded request path, without the query string; subclasses may normalise it. */
    public String path() {
        return exchange.getRequestURI().getPath();
    }

    /** The raw query string, or an empty string. */
    public String rawQuery() {
        String raw = exchange.getRequestURI().getRawQuery();
        return raw == null ? "" : raw;
    }

    /** Remembers the route match whose named groups {@link #pathParam} reads. */
    public void match(Matcher matcher) {
        this.match = matcher;
    }

    /** A named group of the route pattern that matched this call. */
    public String pathParam(String name) {
        return match.group(name);
    }

    /** The first value of a query parameter. */
    public Optional<String> queryParam(String name) {
        List<String> values = query.get(name);
        return values == null ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Every value of a query parameter, in order; a value with commas counts as several ({@code a,b} or {@code a&a}). */
    public List<String> queryList(String name) {
        List<String> values = new ArrayList<>();
        for (String value : query.getOrDefault(name, List.of())) {
            values.addAll(split(value));
        }
        return values;
    }

    /** The first value of a request header. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
    }

    /** The response headers, to set before the response starts. */
    public Headers responseHeaders() {
        return exchange.getResponseHeaders();
    }

    /** The request body, read once and kept. */
    public byte[] body() throws IOException {
        if (body == null) {
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
        }
        return body;
    }

    /** The {@code application/x-www-form-urlencoded} body; the first value of each name. */
    public Map<String, String> form() throws IOException {
        if (form == null) {
            form = parseForm(new String(body(), StandardCharsets.UTF_8));
        }
        return form;
    }

    /** The status sent, or 0 before the response started. */
    public int status() {
        return status;
    }

    /** Whether the response has started. */
    public boolean responded() {
        return status != 0;
    }

    /** Sends a whole body with {@code Content-Length}; an empty body sends none. */
    public void send(int code, String contentType, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        respond(code, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            OutputStream out = exchange.getResponseBody();
            // a cut body promises every byte, sends half and leaves the close to drop the connection
            out.write(bytes, 0, cutBody ? bytes.length / 2 : bytes.length);
            if (cutBody) {
                out.flush();
            } else {
                out.close();
            }
        }
    }

    /** Sends a status without a body. */
    public void empty(int code) throws IOException {
        respond(code, -1);
    }

    /** Starts a chunked response; the caller writes and closes the stream. */
    public OutputStream stream(int code, String contentType) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        respond(code, 0);
        return exchange.getResponseBody();
    }

    /** Holds the response back by {@code delay} once the handler is done (injected latency). */
    public void delayResponse(Duration delay) {
        this.responseDelay = delay;
    }

    /** Sends only half of the next whole body and then drops the connection (an injected reset). */
    public void cutResponseBody() {
        this.cutBody = true;
    }

    /** Runs {@code action} once the exchange is over, whatever happened. */
    public void whenComplete(Runnable action) {
        onComplete.add(action);
    }

    /** Runs the {@link #whenComplete} actions; the emulator's dispatcher calls it once, last. */
    public void complete() {
        onComplete.forEach(Runnable::run);
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

    /** Decodes a form or query string; the first value of each name wins. */
    public static Map<String, String> parseForm(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        parseMulti(encoded).forEach((name, list) -> values.put(name, list.get(0)));
        return values;
    }

    private static Map<String, List<String>> parseMulti(String encoded) {
        Map<String, List<String>> values = new LinkedHashMap<>();
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
            values.computeIfAbsent(key, any -> new ArrayList<>()).add(value);
        }
        return values;
    }

    /** Splits a comma-separated list, trimming each item; blank gives an empty list. */
    public static List<String> split(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isBlank() ? List.of()
                : List.of(commaSeparated.trim().split("\\s*,\\s*"));
    }
}
