package dev.crosswalk.core.toolkit.mapping;

import java.util.List;
import org.snakeyaml.engine.v2.common.ScalarStyle;

/**
 * Translates a character index inside a scalar's value to the line and column where it is written: exactly for
 * literal block scalars ({@code |}) and scalars on a single line, else the scalar's start. Immutable.
 */
final class ScalarLocator {

    private final String source;
    private final List<String> lines;
    private final ScalarStyle style;
    private final String value;
    private final int startLine;
    private final int startColumn;
    private final boolean singleLine;

    /**
     * @param lines the source's lines, without line ends
     * @param startLine 0-based line of the scalar's first character (its indicator or quote)
     * @param startColumn 0-based column of that character
     * @param endLine 0-based line of the scalar's end
     */
    ScalarLocator(String source, List<String> lines, ScalarStyle style, String value, int startLine, int startColumn,
            int endLine) {
        this.source = source;
        this.lines = lines;
        this.style = style;
        this.value = value;
        this.startLine = startLine;
        this.startColumn = startColumn;
        this.singleLine = startLine == endLine;
    }

    /** @return where the scalar is: the first content line of a literal block scalar, else its first character */
    Position start() {
        return style == ScalarStyle.LITERAL ? at(0) : scalarStart();
    }

    /**
     * @param index a character index in the value; clamped to the value
     * @return where that character is written
     */
    Position at(int index) {
        int clamped = Math.max(0, Math.min(index, value.length()));
        if (style == ScalarStyle.LITERAL) {
            return inLiteralBlock(clamped);
        }
        if (singleLine) {
            return onOneLine(clamped);
        }
        return scalarStart();
    }

    private Position scalarStart() {
        return new Position(source, startLine + 1, startColumn + 1);
    }

    private Position inLiteralBlock(int index) {
        int lineInValue = 0;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (value.charAt(i) == '\n') {
                lineInValue++;
                lineStart = i + 1;
            }
        }
        int lineEnd = value.indexOf('\n', lineStart);
        String valueLine = value.substring(lineStart, lineEnd < 0 ? value.length() : lineEnd);
        int sourceLine = startLine + 1 + lineInValue;
        if (sourceLine >= lines.size()) {
            return scalarStart();
        }
        int indent = lines.get(sourceLine).length() - valueLine.length();
        if (indent < 0 || !lines.get(sourceLine).endsWith(valueLine)) {
            return scalarStart();
        }
        return new Position(source, sourceLine + 1, indent + (index - lineStart) + 1);
    }

    private Position onOneLine(int index) {
        if (startLine >= lines.size()) {
            return scalarStart();
        }
        String line = lines.get(startLine);
        int column = switch (style) {
            case SINGLE_QUOTED -> quotedColumn(line, index, false);
            case DOUBLE_QUOTED -> quotedColumn(line, index, true);
            default -> startColumn + index;
        };
        return new Position(source, startLine + 1, column + 1);
    }

    private int quotedColumn(String line, int index, boolean backslashEscapes) {
        int column = startColumn + 1;
        for (int i = 0; i < index && column < line.length(); i++) {
            column += sourceWidth(line, column, backslashEscapes);
        }
        return column;
    }

    private static int sourceWidth(String line, int column, boolean backslashEscapes) {
        char c = line.charAt(column);
        if (!backslashEscapes) {
            return c == '\'' && column + 1 < line.length() && line.charAt(column + 1) == '\'' ? 2 : 1;
        }
        if (c != '\\' || column + 1 >= line.length()) {
            return 1;
        }
        return switch (line.charAt(column + 1)) {
            case 'x' -> 4;
            case 'u' -> 6;
            case 'U' -> 10;
            default -> 2;
        };
    }
}
