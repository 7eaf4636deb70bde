package dev.crosswalk.testkit.salesforce;

import java.util.List;

/** A record-level save failure: the platform's status code, message and the fields involved. */
final class DmlException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String statusCode;
    private final List<String> fields;

    DmlException(String statusCode, String message, List<String> fields) {
        super(message, null, false, false);
        this.statusCode = statusCode;
        this.fields = List.copyOf(fields);
    }

    String statusCode() {
        return statusCode;
    }

    List<String> fields() {
        return fields;
    }

    /**
     * The Bulk API's {@code sf__Error} column: {@code STATUS_CODE:message:fields --}, or {@code STATUS_CODE:message:--}
     * when no field is involved (the layouts the platform's failed-results files show).
     */
    String bulkError() {
        String involved = fields.isEmpty() ? "" : String.join(",", fields) + " ";
        return statusCode + ":" + getMessage() + ":" + involved + "--";
    }
}
