package dev.crosswalk.core.application;

import dev.crosswalk.core.domain.ConnectionEvent;
import java.nio.charset.StandardCharsets;

/**
 * The JSON body of a webhook delivery: {@code {"id", "type", "occurred_at", "tenant_id", "connection_id",
 * "connector", "detail"}}. The API's contract: change it only by adding members.
 */
final class WebhookPayload {

    private WebhookPayload() {
    }

    static byte[] of(String eventId, ConnectionEvent event) {
        StringBuilder json = new StringBuilder(256).append('{');
        member(json, "id", eventId).append(',');
        member(json, "type", event.type().wireName()).append(',');
        member(json, "occurred_at", event.occurredAt().toString()).append(',');
        member(json, "tenant_id", event.connection().tenant().value()).append(',');
        member(json, "connection_id", event.connection().id().value()).append(',');
        member(json, "connector", event.connectorKind()).append(',');
        member(json, "detail", event.detail());
        return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static StringBuilder member(StringBuilder json, String name, String value) {
        return quote(quote(json, name).append(':'), value);
    }

    /** RFC 8259 string: quote, backslash and control characters escaped. */
    private static StringBuilder quote(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
