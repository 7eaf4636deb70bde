package dev.crosswalk.testkit.salesforce.rest;

import dev.crosswalk.testkit.salesforce.http.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed SOSL statement: {@code FIND {term} [IN scope FIELDS] [RETURNING Object(fields [WHERE ...] [ORDER BY ...]
 * [LIMIT n]), ...] [LIMIT n]}. Each RETURNING clause is turned into SOQL so filters and ordering reuse the SOQL
 * grammar and engine; the search term itself is matched here.
 *
 * @param scope ALL, NAME, EMAIL or PHONE
 * @param returning SOQL for each returned object, in order; empty means every searchable object with its Id
 */
record SoslSearch(List<String> words, String scope, List<String> returning, int limit) {

    private static final Pattern HEAD = Pattern.compile("(?is)\\s*FIND\\s*\\{((?:\\\\.|[^}])*)}(.*)");
    private static final Pattern SCOPE = Pattern.compile("(?is)\\s*IN\\s+(ALL|NAME|EMAIL|PHONE|SIDEBAR)\\s+FIELDS(.*)");
    private static final Pattern RETURNING = Pattern.compile("(?is)\\s*RETURNING\\s+(.*)");
    private static final Pattern LIMIT = Pattern.compile("(?is)(.*?)\\s*LIMIT\\s+(\\d+)\\s*");
    private static final Pattern SPEC = Pattern.compile("(?is)\\s*([A-Za-z][A-Za-z0-9_]*)\\s*(?:\\((.*)\\))?\\s*");
    private static final Pattern CLAUSE = Pattern.compile("(?is)\\s+(WHERE|ORDER\\s+BY|LIMIT|OFFSET)\\s+");

    static SoslSearch parse(String sosl) {
        Matcher head = HEAD.matcher(sosl);
        if (!head.matches()) {
            throw new ApiException(400, "MALFORMED_SEARCH", "No search term found. The search term must be enclosed in braces.");
        }
        String term = head.group(1).replaceAll("\\\\(.)", "$1").trim();
        if (term.isEmpty()) {
            throw new ApiException(400, "MALFORMED_SEARCH", "No search term found. The search term must be enclosed in braces.");
        }
        String rest = head.group(2);
        String scope = "ALL";
        Matcher scopeMatch = SCOPE.matcher(rest);
        if (scopeMatch.matches()) {
            scope = scopeMatch.group(1).toUpperCase(Locale.ROOT);
            rest = scopeMatch.group(2);
        }
        int limit = 2000;
        List<String> returning = new ArrayList<>();
        Matcher returningMatch = RETURNING.matcher(rest);
        if (returningMatch.matches()) {
            String specs = returningMatch.group(1);
            String trailing = topLevelTail(specs);
            Matcher limitMatch = LIMIT.matcher(trailing);
            if (limitMatch.matches() && limitMatch.group(1).isBlank()) {
                limit = Integer.parseInt(limitMatch.group(2));
                specs = specs.substring(0, specs.length() - trailing.length());
            }
            for (String spec : splitTopLevel(specs)) {
                returning.add(toSoql(spec));
            }
        } else {
            Matcher limitMatch = LIMIT.matcher(rest);
            if (limitMatch.matches() && limitMatch.group(1).isBlank()) {
                limit = Integer.parseInt(limitMatch.group(2));
            } else if (!rest.isBlank()) {
                throw new ApiException(400, "MALFORMED_SEARCH", "unexpected token: '" + rest.trim().split("\\s+")[0] + "'");
            }
        }
        List<String> words = new ArrayList<>();
        for (String word : term.replace("\"", " ").split("\\s+")) {
            if (!word.isEmpty() && !word.equalsIgnoreCase("AND")) {
                words.add(word);
            }
        }
        return new SoslSearch(words, scope, returning, limit);
    }

    /** The text after the last top-level closing parenthesis (where a statement-level LIMIT sits). */
    private static String topLevelTail(String specs) {
        int depth = 0;
        int lastClose = -1;
        for (int i = 0; i < specs.length(); i++) {
            char c = specs.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    lastClose = i;
                }
            }
        }
        if (lastClose >= 0) {
            return specs.substring(lastClose + 1);
        }
        Matcher limit = Pattern.compile("(?is)\\s+LIMIT\\s+\\d+\\s*$").matcher(specs);
        return limit.find() ? specs.substring(limit.start()) : "";
    }

    private static List<String> splitTopLevel(String specs) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < specs.length(); i++) {
            char c = specs.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(specs.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(specs.substring(start));
        return parts.stream().filter(p -> !p.isBlank()).toList();
    }

    /** {@code Contact(Id, Name WHERE ... LIMIT 5)} → {@code SELECT Id, Name FROM Contact WHERE ... LIMIT 5}. */
    private static String toSoql(String spec) {
        Matcher matcher = SPEC.matcher(spec);
        if (!matcher.matches()) {
            throw new ApiException(400, "MALFORMED_SEARCH", "unexpected token in RETURNING: " + spec.trim());
        }
        String object = matcher.group(1);
        String inside = matcher.group(2) == null ? "Id" : matcher.group(2).trim();
        Matcher clause = CLAUSE.matcher(" " + inside);
        String fields = inside;
        String clauses = "";
        if (clause.find()) {
            fields = (" " + inside).substring(0, clause.start()).trim();
            clauses = (" " + inside).substring(clause.start());
        }
        return "SELECT " + (fields.isEmpty() ? "Id" : fields) + " FROM " + object + clauses;
    }

    /** True when every search word occurs in one of the texts (a trailing or inner {@code *} matches anything). */
    boolean matches(List<String> texts) {
        for (String word : words) {
            Pattern pattern = Pattern.compile(Pattern.quote(word.toLowerCase(Locale.ROOT)).replace("*", "\\E.*\\Q")
                    .replace("?", "\\E.\\Q"), Pattern.DOTALL);
            boolean found = false;
            for (String text : texts) {
                if (text != null && pattern.matcher(text.toLowerCase(Locale.ROOT)).find()) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
