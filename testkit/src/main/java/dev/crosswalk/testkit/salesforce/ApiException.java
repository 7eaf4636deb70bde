package dev.crosswalk.testkit.salesforce;

/** A REST API failure, rendered as Salesforce's {@code [{"message":..,"errorCode":..}]} array. */
final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String errorCode;
    private final java.util.List<String> fields;

    ApiException(int status, String errorCode, String message) {
        this(status, errorCode, message, null);
    }

    /** @param fields the fields involved, rendered as {@code "fields":[...]} (DML errors); null to omit */
    ApiException(int status, String errorCode, String message, java.util.List<String> fields) {
        super(message, null, false, false);
        this.status = status;
        this.errorCode = errorCode;
        this.fields = fields;
    }

    /** The REST answer to a failed save; a missing record is the plain NOT_FOUND body, which has no {@code fields}. */
    static ApiException of(DmlException e) {
        if (e.statusCode().equals("NOT_FOUND")) {
            return new ApiException(404, "NOT_FOUND", e.getMessage());
        }
        int status = e.statusCode().equals("ENTITY_IS_DELETED") ? 404 : 400;
        return new ApiException(status, e.statusCode(), e.getMessage(), e.fields());
    }

    java.util.Optional<java.util.List<String>> fields() {
        return java.util.Optional.ofNullable(fields);
    }

    static ApiException notFound() {
        return new ApiException(404, "NOT_FOUND", "The requested resource does not exist");
    }

    static ApiException invalidSession() {
        return new ApiException(401, "INVALID_SESSION_ID", "Session expired or invalid");
    }

    int status() {
        return status;
    }

    String errorCode() {
        return errorCode;
    }
}
