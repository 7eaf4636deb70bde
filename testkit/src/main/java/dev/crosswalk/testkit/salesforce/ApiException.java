package dev.crosswalk.testkit.salesforce;

/** A REST API failure, rendered as Salesforce's {@code [{"message":..,"errorCode":..}]} array. */
final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String errorCode;

    ApiException(int status, String errorCode, String message) {
        super(message, null, false, false);
        this.status = status;
        this.errorCode = errorCode;
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
