package dev.crosswalk.testkit.salesforce.http;

import java.util.List;

/** A record-level save failure: the platform's status code, message and the fields involved. */
public final class DmlException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String statusCode;
    private final List<String> fields;

    public DmlException(String statusCode, String message, List<String> fields) {
        super(message, null, false, false);
        this.statusCode = statusCode;
        this.fields = List.copyOf(fields);
    }

    public String statusCode() {
        return statusCode;
    }

    public List<String> fields() {
        return fields;
    }

    /**
     * The Bulk API's {@code sf__Error} column: {@code STATUS_CODE:message:fields --}, or {@code STATUS_CODE:message:--}
     * when no field is involved (the layouts the platform's failed-results files show).
     */
    public String bulkError() {
        String involved = fields.isEmpty() ? "" : String.join(",", fields) + " ";
        return statusCode + ":" + getMessage() + ":" + involved + "--";
    }
}
