package dev.crosswalk.testkit.salesforce.http;

/** An OAuth endpoint failure, rendered as {@code {"error":..,"error_description":..}}. */
public final class OAuthException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String error;

    public OAuthException(int status, String error, String description) {
        super(description, null, false, false);
        this.status = status;
        this.error = error;
    }

    public static OAuthException invalidGrant(String description) {
        return new OAuthException(400, "invalid_grant", description);
    }

    public static OAuthException expiredToken() {
        return invalidGrant("expired access/refresh token");
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }
}
