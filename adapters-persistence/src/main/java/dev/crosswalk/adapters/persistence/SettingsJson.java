package dev.crosswalk.adapters.persistence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes and reads a connection's settings as a flat JSON object of strings, e.g. {@code {"apiVersion":"v62.0"}},
 * so that PostgreSQL can still query the column as JSON. Keys are written in sorted order. Stateless.
 */
final class SettingsJson {

    private SettingsJson() {}

    static String write(Map<String, String> settings) {
        StringBuilder json = new StringBuilder("{");
        new TreeMap<>(settings).forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            appendString(json, key);
            json.append(':');
            appendString(json, value);
        });
        return json.append('}').toString();
    }

    /** @throws IllegalStateException when the text is not a flat JSON object of strings */
    static Map<String, String> read(String json) {
        return new Reader(json).object();
    }

    private static void appendString(StringBuilder json, String text) {
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
        json.append('"');
    }

    /** A recursive-descent reader for exactly the shape {@link #write} produces, whitespace allowed. */
    private static final class Reader {

        private final String json;
        private int position;

        Reader(String json) {
            this.json = json;
        }

        Map<String, String> object() {
            Map<String, String> settings = new LinkedHashMap<>();
            expect('{');
            if (peek() == '}') {
                position++;
            } else {
                do {
                    String key = string();
                    expect(':');
                    settings.put(key, string());
                } while (consumeIf(','));
                expect('}');
            }
            skipWhitespace();
            if (position != json.length()) {
                throw malformed("unexpected text after the object");
            }
            return settings;
        }

        private String string() {
            expect('"');
            StringBuilder text = new StringBuilder();
            while (true) {
                char c = next();
                if (c == '"') {
                    return text.toString();
                }
                text.append(c == '\\' ? escaped() : c);
            }
        }

        private char escaped() {
            char c = next();
            return switch (c) {
                case '"', '\\', '/' -> c;
                case 'b' -> '\b';
                case 'f' -> '\f';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 't' -> '\t';
                case 'u' -> unicodeEscape();
                default -> throw malformed("unknown escape \\" + c);
            };
        }

        private char unicodeEscape() {
            if (position + 4 > json.length()) {
                throw malformed("truncated \\u escape");
            }
            String hex = json.substring(position, position + 4);
            position += 4;
            try {
                return (char) Integer.parseInt(hex, 16);
            } catch (NumberFormatException e) {
                throw malformed("bad \\u escape");
            }
        }

        private void expect(char expected) {
            if (peek() != expected) {
                throw malformed("expected '" + expected + "'");
            }
            position++;
        }

        private boolean consumeIf(char wanted) {
            if (peek() == wanted) {
                position++;
                return true;
            }
            return false;
        }

        private char peek() {
            skipWhitespace();
            if (position >= json.length()) {
                throw malformed("unexpected end");
            }
            return json.charAt(position);
        }

        private char next() {
            if (position >= json.length()) {
                throw malformed("unexpected end");
            }
            return json.charAt(position++);
        }

        private void skipWhitespace() {
            while (position < json.length() && Character.isWhitespace(json.charAt(position))) {
                position++;
            }
        }

        private IllegalStateException malformed(String problem) {
            return new IllegalStateException(
                    "stored connection settings are not a flat JSON object of strings: " + problem + " at " + position);
        }
    }
}
