package dev.crosswalk.adapters.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The query parameters of one request, decoded strictly from the raw query string: a bad percent-escape or bytes
 * that are not UTF-8 are refused naming the parameter, and so is a parameter given twice (Javalin would keep the
 * first silently). {@code +} means a space. Immutable.
 */
final class QueryParameters {

    private final Map<String, String> values;

    private QueryParameters(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /**
     * @param rawQuery the query string as sent, without {@code ?}; {@code null} when there is none
     * @return the parameters, in the order sent
     * @throws ApiProblem 400 for a malformed or repeated parameter
     */
    static QueryParameters parse(String rawQuery) {
        Map<String, String> values = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return new QueryParameters(values);
        }
        for (String pair : rawQuery.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String rawValue = equals < 0 ? "" : pair.substring(equals + 1);
            String name = decode(rawName).orElseThrow(() -> ApiProblem.badRequest(
                    "a query parameter name is malformed: a '%' must be followed by two hex digits, and the bytes"
                            + " must be UTF-8"));
            if (name.isEmpty()) {
                throw ApiProblem.badRequest("a query parameter has no name; send name=value pairs joined by '&'");
            }
            String value = decode(rawValue).orElseThrow(() -> ApiProblem.badRequest(
                    "the query parameter " + Quoted.of(name) + " is malformed: a '%' must be followed by two hex"
                            + " digits, and the bytes must be UTF-8"));
            if (values.putIfAbsent(name, value) != null) {
                throw ApiProblem.badRequest("the query parameter " + Quoted.of(name) + " is given more than once;"
                        + " give it once (several values go in one parameter, separated by commas)");
            }
        }
        return new QueryParameters(values);
    }

    /** @return the value of a parameter, if it was sent */
    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** @return every parameter name, in the order sent */
    Set<String> names() {
        return values.keySet();
    }

    /** @return every parameter, name to value, in the order sent */
    Map<String, String> asMap() {
        return values;
    }

    private static Optional<String> decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                int codePoint = raw.codePointAt(i);
                bytes.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint) - 1;
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }
}
