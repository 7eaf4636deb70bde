package dev.crosswalk.testkit.salesforce.soql;

import dev.crosswalk.testkit.salesforce.data.Row;
import dev.crosswalk.testkit.salesforce.http.ApiException;

/** Salesforce's SOQL error messages: the statement row, a caret under the column, then the reason. */
public final class SoqlErrors {

    private SoqlErrors() {
    }

    public static ApiException malformed(String soql, SourcePos pos, String reason) {
        return new ApiException(400, "MALFORMED_QUERY", located(soql, pos, reason));
    }

    public static ApiException invalidField(String soql, SourcePos pos, String reason) {
        return new ApiException(400, "INVALID_FIELD", located(soql, pos, reason));
    }

    public static ApiException noSuchColumn(String soql, SourcePos pos, String column, String entity) {
        return invalidField(soql, pos, "No such column '" + column + "' on entity '" + entity + "'. If you are attempting to use"
                + " a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the"
                + " describe call for the appropriate names.");
    }

    public static ApiException unknownRelationship(String soql, SourcePos pos, String relationship) {
        return invalidField(soql, pos, "Didn't understand relationship '" + relationship + "' in field path. If you are"
                + " attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name."
                + " Please reference your WSDL or the describe call for the appropriate names.");
    }

    public static ApiException invalidType(String soql, SourcePos pos, String type) {
        return new ApiException(400, "INVALID_TYPE", located(soql, pos, unsupportedType(type)));
    }

    public static String unsupportedType(String type) {
        return "sObject type '" + type + "' is not supported. If you are attempting to use a custom object, be sure to"
                + " append the '__c' after the entity name. Please reference your WSDL or the describe call for the"
                + " appropriate names.";
    }

    /** The reason of a {@link #located} message, without the statement and the pointer into it. */
    public static String reason(String message) {
        int error = message.indexOf("\nERROR at Row:");
        int reason = error < 0 ? -1 : message.indexOf('\n', error + 1);
        return reason < 0 ? message : message.substring(reason + 1);
    }

    /** {@code "\n<row text>\n<spaces>^\nERROR at Row:r:Column:c\n<reason>"}. */
    public static String located(String soql, SourcePos pos, String reason) {
        String[] rows = soql.split("\r?\n", -1);
        String row = pos.row() >= 1 && pos.row() <= rows.length ? rows[pos.row() - 1] : soql;
        return "\n" + row + "\n" + " ".repeat(Math.max(0, pos.column() - 1)) + "^\nERROR at Row:" + pos.row()
                + ":Column:" + pos.column() + "\n" + reason;
    }
}
