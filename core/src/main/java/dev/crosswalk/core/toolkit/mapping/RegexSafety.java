package dev.crosswalk.core.toolkit.mapping;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps regular expressions in mappings from hanging a thread. Java's regular expressions backtrack, so a pattern that
 * repeats a repeated group ({@code (a+)+}, {@code (.*?){1,30}}) can take exponential time on a short text. Such
 * patterns are refused when a mapping is read, and {@code custom_fields} patterns are matched under a budget of
 * character reads as well: a count, not a clock, so a busy machine never fails a match a quiet one passes. Stateless.
 */
final class RegexSafety {

    /**
     * How many characters one match of a {@code custom_fields} pattern against one field name may read: a sane
     * pattern reads a field name a few times; a runaway one reads it exponentially often.
     */
    static final int MATCH_BUDGET_READS = 1_000_000;

    /** A JSONata regular expression literal: {@code /.../} with optional flags, in an operand position. */
    private static final Pattern JSONATA_REGEX = Pattern.compile("(?<=[(,:\\[=~>]|^|\\s)/((?:\\\\.|[^/\\\\\\n])+)/[imx]*");

    private RegexSafety() {
    }

    /** @return why {@code regex} may take exponential time, if it repeats a repeated group */
    static Optional<String> risk(String regex) {
        Deque<Boolean> groups = new ArrayDeque<>();
        groups.push(false);
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (inClass) {
                inClass = c != ']';
                continue;
            }
            switch (c) {
                case '[' -> inClass = true;
                case '(' -> groups.push(false);
                case ')' -> {
                    boolean repeatedInside = groups.size() > 1 ? groups.pop() : false;
                    if (repeatedInside && isRepetition(regex, i + 1)) {
                        return Optional.of("it repeats a group that repeats itself (at character " + (i + 1)
                                + "), which can take exponential time; match the text without nested repetition");
                    }
                    if (repeatedInside) {
                        markRepeated(groups);
                    }
                }
                case '*', '+' -> markRepeated(groups);
                case '{' -> {
                    if (isRepetition(regex, i)) {
                        markRepeated(groups);
                    }
                }
                default -> { }
            }
        }
        return Optional.empty();
    }

    /** @return the risk of the first regular expression literal in a JSONata expression that has one */
    static Optional<String> riskInJsonata(String expression) {
        Matcher literal = JSONATA_REGEX.matcher(expression);
        while (literal.find()) {
            Optional<String> risk = risk(literal.group(1));
            if (risk.isPresent()) {
                return Optional.of("the regular expression /" + literal.group(1) + "/: " + risk.get());
            }
        }
        return Optional.empty();
    }

    /**
     * @return whether {@code pattern} finds a match in {@code text}
     * @throws MappingEvaluationException when the match reads more than {@link #MATCH_BUDGET_READS} characters
     */
    static boolean find(Pattern pattern, String text, String field) {
        return find(pattern, text, field, MATCH_BUDGET_READS);
    }

    /** @param reads the most characters the match may read */
    static boolean find(Pattern pattern, String text, String field, int reads) {
        try {
            return pattern.matcher(new Budgeted(text, new int[] {reads})).find();
        } catch (TooSlow slow) {
            throw new MappingEvaluationException(field, "the pattern /" + pattern.pattern() + "/ read more than "
                    + reads + " characters of '" + text + "'; simplify it");
        }
    }

    private static void markRepeated(Deque<Boolean> groups) {
        groups.pop();
        groups.push(true);
    }

    private static boolean isRepetition(String regex, int at) {
        if (at >= regex.length()) {
            return false;
        }
        char next = regex.charAt(at);
        return next == '*' || next == '+' || (next == '{' && regex.indexOf('}', at) > at
                && regex.substring(at + 1, regex.indexOf('}', at)).matches("\\d*,\\d*|\\d+"));
    }

    /** Text whose reading fails once its reads are spent, so a runaway match stops; one per match, one thread. */
    private record Budgeted(String text, int[] readsLeft) implements CharSequence {

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if (--readsLeft[0] < 0) {
                throw new TooSlow();
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Budgeted(text.substring(start, end), readsLeft);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private static final class TooSlow extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooSlow() {
            super(null, null, false, false);
        }
    }
}
