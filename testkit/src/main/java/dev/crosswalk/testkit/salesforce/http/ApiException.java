package dev.crosswalk.testkit.salesforce.http;

/** A REST API failure, rendered as Salesforce's {@code [{"message":..,"errorCode":..}]} array. */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String errorCode;
    private final java.util.List<String> fields;

    public ApiException(int status, String errorCode, String message) {
        this(status, errorCode, message, null);
    }

    /** @param fields the fields involved, rendered as {@code "fields":[...]} (DML errors); null to omit */
    public ApiException(int status, String errorCode, String message, java.util.List<String> fields) {
        super(message, null, false, false);
        this.status = status;
        this.errorCode = errorCode;
        this.fields = fields;
    }

    /** The REST answer to a failed save; a missing record is the plain NOT_FOUND body, which has no {@code fields}. */
    public static ApiException of(DmlException e) {
        if (e.statusCode().equals("NOT_FOUND")) {
            return new ApiException(404, "NOT_FOUND", e.getMessage());
        }
        int status = e.statusCode().equals("ENTITY_IS_DELETED") ? 404 : 400;
        return new ApiException(status, e.statusCode(), e.getMessage(), e.fields());
    }

    public java.util.Optional<java.util.List<String>> fields() {
        return java.util.Optional.ofNullable(fields);
    }

    public static ApiException notFound() {
        return new ApiException(404, "NOT_FOUND", "The requested resource does not exist");
    }

    public static ApiException invalidSession() {
        return new ApiException(401, "INVALID_SESSION_ID", "Session expired or invalid");
    }

    public int status() {
        return status;
    }

    public String errorCode() {
        return errorCode;
    }
}
