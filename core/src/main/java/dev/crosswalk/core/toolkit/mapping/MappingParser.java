package dev.crosswalk.core.toolkit.mapping;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import dev.crosswalk.core.domain.UnifiedObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads one mapping document (a connector's file or an override) into a {@link MappingLayer}, reporting every problem
 * with its line and column: unknown keys, values of the wrong kind, bad regular expressions, JSONata syntax errors,
 * paths deeper than {@value FieldPath#MAX_LEVELS} levels, {@code object} missing from a connector's file or present in
 * an override. Not thread-safe: one instance per document.
 */
final class MappingParser {

    static final List<String> KEYS = List.of("object", "custom_fields", "response", "response_mapping", "query",
            "query_mapping", "request");

    private static final Pattern NUMBER_LITERAL = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?");
    private static final Set<String> LITERAL_WORDS = Set.of("true", "false", "null");

    private final String source;
    private final boolean override;
    private final Problems problems;

    private String object;
    private Position objectPosition;
    private Pattern customFields;
    private final Map<String, Expr> response = new LinkedHashMap<>();
    private JsonataProgram responseMapping;
    private final Map<String, MappingLayer.QueryEntry> query = new LinkedHashMap<>();
    private JsonataProgram queryMapping;

    private MappingParser(String source, boolean override, Problems problems) {
        this.source = source;
        this.override = override;
        this.problems = problems;
        this.objectPosition = Position.startOf(source);
    }

    /**
     * @param source the document's name for messages
     * @param text the YAML or JSON text
     * @param override whether it is an override (no {@code object}) rather than a connector's file (needs one)
     * @param problems where every problem found goes
     * @return the layer; meaningful only when no problem was added
     */
    static MappingLayer parse(String source, String text, boolean override, Problems problems) {
        return new MappingParser(source, override, problems).parse(text);
    }

    private MappingLayer parse(String text) {
        YamlNode root = YamlLoader.load(source, text, problems).orElse(null);
        if (root instanceof YamlNode.Mapping document) {
            document.entries().forEach(this::topLevel);
        } else if (root != null && !(root instanceof YamlNode.Scalar scalar && scalar.value() == null)) {
            problems.add(root.position(), "a mapping document is an object with the keys " + String.join(", ", KEYS)
                    + "; this one is " + root.kind());
        }
        if (!override && object == null && (root != null || problems.isEmpty())) {
            problems.add(Position.startOf(source), "missing 'object': a connector's mapping file names the provider"
                    + " object it reads, e.g. 'object: Contact'");
        }
        return new MappingLayer(source, object, objectPosition, customFields, response, responseMapping, query,
                queryMapping);
    }

    private void topLevel(YamlNode.Entry entry) {
        YamlNode value = entry.value();
        switch (entry.name()) {
            case "object" -> object(entry);
            case "custom_fields" -> customFields = pattern(value);
            case "response" -> responseEntries(value);
            case "response_mapping" -> responseMapping = jsonata(value, "response_mapping");
            case "query" -> queryEntries(value);
            case "query_mapping" -> queryMapping = jsonata(value, "query_mapping");
            case "request" -> {
                // reserved for the request mapping writes will use; accepted and ignored
            }
            default -> problems.add(entry.key().position(), "unknown key '" + entry.name() + "'; expected one of "
                    + String.join(", ", KEYS));
        }
    }

    private void object(YamlNode.Entry entry) {
        if (override) {
            problems.add(entry.key().position(), "'object' is not allowed in an override: the connector's file names"
                    + " the provider object; remove it");
            return;
        }
        if (entry.value() instanceof YamlNode.Scalar scalar && scalar.isText() && !scalar.text().isBlank()) {
            object = scalar.text().strip();
            objectPosition = scalar.position();
        } else {
            problems.add(entry.value().position(), "'object' must name the provider object (text, e.g. Contact); it"
                    + " is " + entry.value().kind());
            object = "";
        }
    }

    private Pattern pattern(YamlNode value) {
        if (!(value instanceof YamlNode.Scalar scalar) || !scalar.isText() || scalar.text().isEmpty()) {
            problems.add(value.position(), "'custom_fields' must be a regular expression over provider field names"
                    + " (text, e.g. '__c$'); it is " + value.kind());
            return null;
        }
        java.util.Optional<String> risk = RegexSafety.risk(scalar.text());
        if (risk.isPresent()) {
            problems.add(scalar.position(), "custom_fields: " + risk.get());
            return null;
        }
        try {
            return Pattern.compile(scalar.text());
        } catch (PatternSyntaxException e) {
            problems.add(scalar.locator().at(Math.max(0, e.getIndex())), "custom_fields: invalid regular expression: "
                    + e.getDescription());
            return null;
        }
    }

    private void responseEntries(YamlNode value) {
        if (!(value instanceof YamlNode.Mapping mapping)) {
            problems.add(value.position(), "'response' must be an object of unified field names to expressions; it is "
                    + value.kind());
            return;
        }
        for (YamlNode.Entry entry : mapping.entries()) {
            String field = entry.name();
            if (field.isBlank()) {
                problems.add(entry.key().position(), "a unified field name must not be empty");
            } else if (field.equals(UnifiedObject.REMOTE_WAS_DELETED)) {
                problems.add(entry.key().position(), "response." + field + " is set by Crosswalk, never by a mapping;"
                        + " remove it");
            } else {
                Expr expr = expression(entry.value(), "response." + field, field);
                if (expr != null) {
                    response.put(field, expr);
                }
            }
        }
    }

    private Expr expression(YamlNode node, String label, String field) {
        return switch (node) {
            case YamlNode.Scalar scalar when scalar.isText() -> textExpression(scalar, label, field);
            case YamlNode.Scalar scalar -> new Expr.Constant(scalar.value(), scalar.position());
            case YamlNode.Mapping mapping -> fields(mapping, label, field);
            case YamlNode.Sequence sequence -> items(sequence, label, field);
        };
    }

    private Expr fields(YamlNode.Mapping mapping, String label, String field) {
        Map<String, Expr> entries = new LinkedHashMap<>();
        for (YamlNode.Entry entry : mapping.entries()) {
            Expr expr = expression(entry.value(), label + "." + entry.name(), field);
            if (expr != null) {
                entries.put(entry.name(), expr);
            }
        }
        return Expr.Fields.of(entries, mapping.position());
    }

    private Expr items(YamlNode.Sequence sequence, String label, String field) {
        List<Expr> items = new ArrayList<>();
        for (int i = 0; i < sequence.items().size(); i++) {
            Expr expr = expression(sequence.items().get(i), label + "[" + i + "]", field);
            if (expr != null) {
                items.add(expr);
            }
        }
        return new Expr.Items(items, sequence.position());
    }

    private Expr textExpression(YamlNode.Scalar scalar, String label, String field) {
        String text = scalar.text().strip();
        if (text.isEmpty()) {
            problems.add(scalar.position(), label + ": empty expression; write a field path (Email), a constant"
                    + " (\"'work'\") or JSONata");
            return null;
        }
        if (FieldPath.looksLikePath(text) && !text.equals(ResponseContext.RESPONSE)) {
            String path = text.startsWith(FieldPath.RESPONSE_PREFIX)
                    ? text.substring(FieldPath.RESPONSE_PREFIX.length()) : text;
            if (LITERAL_WORDS.contains(path)) {
                return new Expr.Constant(constantValue(path), scalar.position());
            }
            return checkedPath(path, scalar, label).map(p -> (Expr) new Expr.Path(p, scalar.position())).orElse(null);
        }
        if (isStringLiteral(text) || NUMBER_LITERAL.matcher(text).matches()) {
            try {
                return new Expr.Constant(constantValue(text), scalar.position());
            } catch (JException e) {
                // not a literal after all: parsed below, which reports the syntax error
            }
        }
        JsonataProgram program = JsonataProgram.parse(scalar.text(), scalar.locator(), label, problems);
        return program == null ? null : new Expr.Jsonata(program, field, label);
    }

    private Optional<FieldPath> checkedPath(String path, YamlNode.Scalar scalar, String label) {
        FieldPath parsed = FieldPath.of(path);
        if (parsed.levels() > FieldPath.MAX_LEVELS) {
            problems.add(scalar.position(), label + ": the path '" + path + "' has " + parsed.levels()
                    + " levels; at most " + FieldPath.MAX_LEVELS + " are allowed");
            return Optional.empty();
        }
        return Optional.of(parsed);
    }

    private static Object constantValue(String literal) {
        return JsonValues.plain(Jsonata.jsonata(literal).evaluate(null));
    }

    /** @return whether {@code text} is exactly one JSONata string literal, in single or double quotes */
    static boolean isStringLiteral(String text) {
        if (text.length() < 2 || text.charAt(0) != '\'' && text.charAt(0) != '"') {
            return false;
        }
        char quote = text.charAt(0);
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i == text.length() - 1;
            }
        }
        return false;
    }

    private JsonataProgram jsonata(YamlNode value, String label) {
        if (!(value instanceof YamlNode.Scalar scalar) || !scalar.isText() || scalar.text().isBlank()) {
            problems.add(value.position(), "'" + label + "' must be JSONata text (a block scalar '|' reads best); it"
                    + " is " + value.kind());
            return null;
        }
        return JsonataProgram.parse(scalar.text(), scalar.locator(), label, problems);
    }

    private void queryEntries(YamlNode value) {
        if (!(value instanceof YamlNode.Mapping mapping)) {
            problems.add(value.position(), "'query' must be an object of unified filter names to provider field paths;"
                    + " it is " + value.kind());
            return;
        }
        for (YamlNode.Entry entry : mapping.entries()) {
            String filter = entry.name();
            String label = "query." + filter;
            if (!(entry.value() instanceof YamlNode.Scalar scalar) || !scalar.isText()
                    || !FieldPath.looksLikePath(scalar.text().strip())) {
                problems.add(entry.value().position(), label + ": expected a provider field path such as Email or"
                        + " Account.Name; got " + (entry.value() instanceof YamlNode.Scalar scalar && scalar.isText()
                                ? "'" + scalar.text() + "'" : entry.value().kind()));
                continue;
            }
            checkedPath(scalar.text().strip(), scalar, label)
                    .ifPresent(path -> query.put(filter, new MappingLayer.QueryEntry(filter, path, scalar.position())));
        }
    }
}
