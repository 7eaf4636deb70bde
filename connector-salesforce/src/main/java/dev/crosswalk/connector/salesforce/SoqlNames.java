package dev.crosswalk.connector.salesforce;

import java.util.regex.Pattern;

/**
 * The shapes a name must have before it is written into SOQL or a URL: an identifier, or a relationship path of one
 * to five identifiers. Names reach statements only after this check (and, in the record port, after Describe has
 * confirmed them), so no name can change a statement's shape. Stateless.
 */
final class SoqlNames {

    /** The most names a relationship path may join, as Salesforce allows: {@code Owner.Manager.Email} has three. */
    static final int MAX_PATH_NAMES = 5;

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,79}");
    private static final Pattern FIELD_PATH =
            Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,79}(\\.[A-Za-z][A-Za-z0-9_]{0,79}){0," + (MAX_PATH_NAMES - 1) + "}");

    private SoqlNames() {
    }

    static boolean isIdentifier(String name) {
        return name != null && IDENTIFIER.matcher(name).matches();
    }

    /** @throws IllegalArgumentException when {@code name} is not a SOQL identifier */
    static String requireIdentifier(String name) {
        if (!isIdentifier(name)) {
            throw new IllegalArgumentException(
                    "'" + SoqlLiterals.shown(name) + "' is not a Salesforce object or field name");
        }
        return name;
    }

    /** @throws IllegalArgumentException when {@code path} is not a field name or a path of at most five names */
    static String requireFieldPath(String path) {
        if (path == null || !FIELD_PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("'" + SoqlLiterals.shown(path) + "' is not a Salesforce field name"
                    + " or a relationship path of at most " + MAX_PATH_NAMES + " names");
        }
        return path;
    }
}
