package dev.crosswalk.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes {@code application/x-www-form-urlencoded} text, for token requests and authorisation URLs. Stateless.
 *
 * @since 0.1
 */
public final class FormEncoding {

    private FormEncoding() {
    }

    /**
     * @param fields names and values, in the order to write them; never {@code null}, no {@code null} entries
     * @return {@code name=value} pairs joined by {@code &}, every name and value percent-encoded as UTF-8
     */
    public static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
