package dev.crosswalk.emulator.hubspot.oauth;

import dev.crosswalk.emulator.hubspot.http.ApiError;
import dev.crosswalk.emulator.hubspot.http.Json;

/**
 * HubSpot's OAuth refusals: its own {@code status} code, plus the OAuth 2.0 {@code error} newer bodies carry
 * (docs/decisions/0105 lists which are verified).
 */
final class OAuthError {

    private OAuthError() {
    }

    static ApiError of(int httpStatus, String status, String message, String error) {
        return new ApiError(httpStatus, Json.error("", message).put("status", status).put("error", error)
                .put("error_description", message).without("category"));
    }

    static ApiError badClientId() {
        return of(400, "BAD_CLIENT_ID", "missing or unknown client id", "invalid_client");
    }

    static ApiError badClientSecret() {
        return of(400, "BAD_CLIENT_SECRET", "missing or invalid client secret", "invalid_client");
    }

    static ApiError badRefreshToken() {
        return of(400, "BAD_REFRESH_TOKEN", "missing or unknown refresh token", "invalid_grant");
    }

    static ApiError badAuthCode() {
        return of(400, "BAD_AUTH_CODE", "missing, expired or already used authorization code", "invalid_grant");
    }

    static ApiError badRedirectUri() {
        return of(400, "BAD_REDIRECT_URI", "redirect_uri does not match the one the code was issued for", "invalid_grant");
    }
}
