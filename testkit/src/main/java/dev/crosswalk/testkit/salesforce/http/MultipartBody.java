package dev.crosswalk.testkit.salesforce.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parts of a small {@code multipart/form-data} body by form-field name (Bulk 2.0 create-and-upload). */
public final class MultipartBody {

    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("(?i)name=\"([^\"]+)\"");

    private MultipartBody() {
    }

    /** The parts, or empty when the content type is not multipart with a boundary. */
    public static Optional<Map<String, String>> parse(String contentType, byte[] body) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return Optional.empty();
        }
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!boundary.find()) {
            return Optional.empty();
        }
        String delimiter = "--" + boundary.group(1);
        String text = new String(body, StandardCharsets.UTF_8);
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : text.split(Pattern.quote(delimiter))) {
            int headerEnd = part.indexOf("\r\n\r\n");
            int separator = headerEnd >= 0 ? 4 : 2;
            if (headerEnd < 0) {
                headerEnd = part.indexOf("\n\n");
            }
            if (headerEnd < 0) {
                continue;
            }
            Matcher name = NAME.matcher(part.substring(0, headerEnd));
            if (name.find()) {
                String content = part.substring(headerEnd + separator);
                if (content.endsWith("\r\n")) {
                    content = content.substring(0, content.length() - 2);
                } else if (content.endsWith("\n")) {
                    content = content.substring(0, content.length() - 1);
                }
                parts.put(name.group(1), content);
            }
        }
        return Optional.of(parts);
    }
}
