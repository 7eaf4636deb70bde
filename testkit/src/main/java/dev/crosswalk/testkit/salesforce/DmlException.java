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

    /** {@code STATUS_CODE:message:fields --}, the Bulk API's {@code sf__Error} column. */
    String bulkError() {
        return statusCode + ":" + getMessage() + ":" + String.join(",", fields) + " --";
    }
}
