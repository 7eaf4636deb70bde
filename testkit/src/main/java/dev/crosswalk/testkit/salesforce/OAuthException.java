package dev.crosswalk.testkit.salesforce;

/** An OAuth endpoint failure, rendered as {@code {"error":..,"error_description":..}}. */
final class OAuthException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String error;

    OAuthException(int status, String error, String description) {
        super(description, null, false, false);
        this.status = status;
        this.error = error;
    }

    static OAuthException invalidGrant(String description) {
        return new OAuthException(400, "invalid_grant", description);
    }

    static OAuthException expiredToken() {
        return invalidGrant("expired access/refresh token");
    }

    int status() {
        return status;
    }

    String error() {
        return error;
    }
}
