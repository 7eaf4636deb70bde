package dev.crosswalk.core.toolkit.mapping;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Loads one YAML 1.2 document (JSON included) into {@link YamlNode}s that keep their lines and columns. Scalars are
 * typed by the core schema. Problems (syntax, duplicate keys, keys that are not scalars, tags other than the core
 * schema's, nesting deeper than {@value #MAX_NESTING}, more than {@value #MAX_NODES} values once aliases are expanded)
 * go to the caller's {@link Problems}. Not thread-safe: one per document.
 */
final class YamlLoader {

    static final int MAX_NESTING = 64;
    static final int MAX_NODES = 100_000;
    private static final int MAX_CODE_POINTS = 1 << 20;
    private static final int MAX_ALIASES = 50;

    private final String source;
    private final List<String> lines;
    private final Problems problems;
    private int nodes;

    private YamlLoader(String source, String text, Problems problems) {
        this.source = source;
        this.lines = text.lines().toList();
        this.problems = problems;
    }

    /**
     * @return the document's root, or empty for an empty document or one with a syntax error (then reported)
     */
    static Optional<YamlNode> load(String source, String text, Problems problems) {
        return new YamlLoader(source, text, problems).load(text);
    }

    private Optional<YamlNode> load(String text) {
        LoadSettings settings = LoadSettings.builder().setLabel(source).setSchema(new CoreSchema())
                .setMaxAliasesForCollections(MAX_ALIASES).setCodePointLimit(MAX_CODE_POINTS).build();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            Position where = e.getProblemMark().or(e::getContextMark).map(this::position)
                    .orElse(Position.startOf(source));
            problems.add(where, "YAML syntax error: " + syntaxProblem(e));
            return Optional.empty();
        } catch (YamlEngineException e) {
            problems.add(Position.startOf(source), "YAML syntax error: " + e.getMessage());
            return Optional.empty();
        }
        return root.map(node -> convert(node, 0));
    }

    private static String syntaxProblem(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "unreadable document" : e.getProblem();
        return e.getContext() == null ? problem : problem + " (" + e.getContext() + ")";
    }

    private YamlNode convert(Node node, int depth) {
        Position position = node.getStartMark().map(this::position).orElse(Position.startOf(source));
        if (depth > MAX_NESTING || ++nodes > MAX_NODES) {
            if (nodes <= MAX_NODES + 1) {
                problems.add(position, depth > MAX_NESTING ? "nested more than " + MAX_NESTING + " levels deep"
                        : "more than " + MAX_NODES + " values (aliases included); a mapping is far smaller");
            }
            return new YamlNode.Scalar(null, position, null);
        }
        if (node instanceof MappingNode mapping) {
            return mapping(mapping, position, depth);
        }
        if (node instanceof SequenceNode sequence) {
            List<YamlNode> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                items.add(convert(item, depth + 1));
            }
            checkTag(node, Tag.SEQ, position);
            return new YamlNode.Sequence(List.copyOf(items), position);
        }
        return scalar((ScalarNode) node, position);
    }

    private YamlNode mapping(MappingNode mapping, Position position, int depth) {
        checkTag(mapping, Tag.MAP, position);
        List<YamlNode.Entry> entries = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (NodeTuple tuple : mapping.getValue()) {
            YamlNode key = convert(tuple.getKeyNode(), depth + 1);
            YamlNode value = convert(tuple.getValueNode(), depth + 1);
            if (!(key instanceof YamlNode.Scalar scalarKey) || scalarKey.value() == null) {
                problems.add(key.position(), "a key must be a name, not " + key.kind());
                continue;
            }
            YamlNode.Entry entry = new YamlNode.Entry(scalarKey, value);
            if (!names.add(entry.name())) {
                problems.add(key.position(), "duplicate key '" + entry.name() + "'");
                continue;
            }
            entries.add(entry);
        }
        return new YamlNode.Mapping(List.copyOf(entries), position);
    }

    private void checkTag(Node node, Tag expected, Position position) {
        if (!node.getTag().equals(expected)) {
            problems.add(position, "unsupported YAML tag " + node.getTag() + "; use plain YAML or JSON values");
        }
    }

    private YamlNode.Scalar scalar(ScalarNode node, Position position) {
        String text = node.getValue();
        int startLine = node.getStartMark().map(Mark::getLine).orElse(0);
        int startColumn = node.getStartMark().map(Mark::getColumn).orElse(0);
        int endLine = node.getEndMark().map(Mark::getLine).orElse(startLine);
        ScalarLocator locator = new ScalarLocator(source, lines, node.getScalarStyle(), text, startLine, startColumn,
                endLine);
        Tag tag = node.getTag();
        Object value;
        if (tag.equals(Tag.STR)) {
            value = text;
        } else if (tag.equals(Tag.NULL)) {
            value = null;
        } else if (tag.equals(Tag.BOOL)) {
            value = Boolean.valueOf(text.toLowerCase(Locale.ROOT));
        } else if ((tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) && text.length() > MAX_NUMBER_LENGTH) {
            problems.add(position, "a number of " + text.length() + " characters; at most " + MAX_NUMBER_LENGTH
                    + " are allowed");
            value = 0L;
        } else if (tag.equals(Tag.INT)) {
            value = integer(text);
        } else if (tag.equals(Tag.FLOAT)) {
            value = decimal(text, position);
        } else {
            problems.add(position, "unsupported YAML tag " + tag + "; use plain YAML or JSON values");
            value = text;
        }
        return new YamlNode.Scalar(value, locator.start(), locator);
    }

    /** Longer numerals are refused before conversion, whose cost grows with the square of their length. */
    static final int MAX_NUMBER_LENGTH = 64;

    private static Object integer(String text) {
        String digits = text.startsWith("+") ? text.substring(1) : text;
        BigInteger number;
        if (digits.startsWith("0o")) {
            number = new BigInteger(digits.substring(2), 8);
        } else if (digits.startsWith("0x")) {
            number = new BigInteger(digits.substring(2), 16);
        } else {
            number = new BigInteger(digits);
        }
        return number.bitLength() < Long.SIZE ? (Object) number.longValue() : number;
    }

    private Object decimal(String text, Position position) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains(".nan") || lower.contains(".inf")) {
            problems.add(position, "'" + text + "' is not a JSON number");
            return 0.0;
        }
        return Double.parseDouble(text);
    }

    private Position position(Mark mark) {
        return new Position(source, mark.getLine() + 1, mark.getColumn() + 1);
    }
}
