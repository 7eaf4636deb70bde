package dev.crosswalk.connector.salesforce;

/**
 * Writes a search term for SOSL's {@code FIND {...}}: every reserved character is escaped by a backslash, so a term
 * can neither leave the braces nor use SOSL's operators and wildcards. Stateless.
 */
final class SoslTerms {

    private static final String RESERVED = "?&|!{}[]()^~*:\\\"'+-";

    private SoslTerms() {
    }

    /**
     * @param term the caller's search text, possibly hostile
     * @return {@code {escaped term}}
     * @throws IllegalArgumentException when the term holds an unpaired surrogate or nothing searchable
     */
    static String braced(String term) {
        StringBuilder out = new StringBuilder(term.length() + 8).append('{');
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < term.length()
                        && Character.isLowSurrogate(term.charAt(i + 1));
                if (!paired) {
                    throw new IllegalArgumentException("the search term holds an unpaired surrogate at index " + i
                            + "; it is not Unicode text");
                }
                out.append(c).append(term.charAt(++i));
            } else if (Character.isISOControl(c)) {
                out.append(' ');
            } else {
                if (RESERVED.indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        if (out.substring(1).isBlank()) {
            throw new IllegalArgumentException("the search term has nothing to search for");
        }
        return out.append('}').toString();
    }
}
