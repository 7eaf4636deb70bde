package dev.crosswalk.adapters.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads request bodies strictly: the media type must be one the route takes (415 otherwise), the text UTF-8 (400
 * otherwise), and its size within Javalin's limit (413).
 */
final class RequestBodies {

    /** The media types an override document may be sent as: JSON is YAML. */
    static final List<String> DOCUMENT_TYPES = List.of("application/yaml", "text/yaml", "application/json");

    private final ObjectMapper json;

    RequestBodies(ObjectMapper json) {
        this.json = json;
    }

    /**
     * @return the mapping override document the body carries
     * @throws ApiProblem 415 for another media type, 400 for an empty body or one that is not UTF-8
     */
    String document(Context ctx) {
        mediaType(ctx, DOCUMENT_TYPES);
        String text = text(ctx);
        if (text.isBlank()) {
            throw ApiProblem.badRequest("the body is empty: send the override document as YAML or JSON (to remove an"
                    + " override, DELETE it)");
        }
        return text;
    }

    /**
     * @return the JSON object the body carries, or empty when there is no body
     * @throws ApiProblem 415 for another media type, 400 for a body that is not a JSON object
     */
    Optional<JsonNode> jsonObject(Context ctx) {
        if (ctx.bodyAsBytes().length == 0) {
            return Optional.empty();
        }
        mediaType(ctx, List.of("application/json"));
        try {
            JsonNode node = json.readTree(text(ctx));
            if (node == null || !node.isObject()) {
                throw ApiProblem.badRequest("the body must be a JSON object");
            }
            return Optional.of(node);
        } catch (IOException malformed) {
            throw ApiProblem.badRequest("the body is not valid JSON");
        }
    }

    private static void mediaType(Context ctx, List<String> accepted) {
        String header = ctx.req().getContentType();
        String[] parts = header == null ? new String[] {""} : header.split(";");
        String type = parts[0].trim().toLowerCase(Locale.ROOT);
        if (!accepted.contains(type)) {
            throw new ApiProblem(415, "unsupported-media-type", "Unsupported media type",
                    "send the body with Content-Type " + String.join(", ", accepted)
                            + (header == null ? "" : ", not " + Quoted.of(header)))
                    .with("valid_values", accepted);
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].trim().split("=", 2);
            if (parameter[0].trim().equalsIgnoreCase("charset") && (parameter.length < 2
                    || !parameter[1].trim().replace("\"", "").equalsIgnoreCase("utf-8"))) {
                throw new ApiProblem(415, "unsupported-media-type", "Unsupported media type",
                        "send the body as UTF-8 text: Content-Type " + type + "; charset=utf-8, or no charset")
                        .with("valid_values", accepted);
            }
        }
    }

    private static String text(Context ctx) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(ctx.bodyAsBytes()))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            throw ApiProblem.badRequest("the body is not UTF-8 text");
        }
    }
}
