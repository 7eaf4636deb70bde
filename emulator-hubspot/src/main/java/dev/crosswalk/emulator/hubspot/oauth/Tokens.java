package dev.crosswalk.emulator.hubspot.oauth;

import dev.crosswalk.emulator.hubspot.data.Portal;
import dev.crosswalk.emulator.hubspot.http.ApiError;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Every token the emulator knows: private-app tokens per portal, OAuth refresh tokens, access tokens and
 * authorization codes. Tokens come from a stream seeded by the emulator's seed. Thread-safe.
 */
public final class Tokens {

    /** An issued access token; {@code refreshToken} is the grant it came from. */
    record AccessToken(Portal portal, String refreshToken, Instant expiresAt) {
    }

    /** A refresh token: one installation of the app in a portal. */
    record RefreshToken(Portal portal, List<String> scopes) {
    }

    /** A code the authorize page handed out, waiting to be exchanged once. */
    record AuthorizationCode(Portal portal, String redirectUri, Optional<String> codeChallenge, Instant expiresAt) {
    }

    static final List<String> SCOPES = List.of("oauth", "crm.objects.contacts.read", "crm.objects.contacts.write",
            "crm.objects.companies.read", "crm.objects.companies.write", "crm.objects.deals.read", "crm.objects.deals.write",
            "crm.schemas.contacts.read", "crm.schemas.companies.read", "crm.schemas.deals.read");

    private final Clock clock;
    private final Duration accessTokenLifetime;
    private final SplittableRandom random;
    private final Map<String, Portal> privateAppTokens = new HashMap<>();
    private final Map<String, RefreshToken> refreshTokens = new HashMap<>();
    private final Map<String, AccessToken> accessTokens = new HashMap<>();
    private final Map<String, AuthorizationCode> codes = new HashMap<>();

    /** A token store whose access tokens live {@code accessTokenLifetime} and whose tokens derive from {@code seed}. */
    public Tokens(Clock clock, Duration accessTokenLifetime, long seed) {
        this.clock = clock;
        this.accessTokenLifetime = accessTokenLifetime;
        this.random = new SplittableRandom(seed ^ 0x70C3E5L);
    }

    Duration accessTokenLifetime() {
        return accessTokenLifetime;
    }

    /** @return a new private-app token ({@code pat-na1-…}) for {@code portal} */
    public synchronized String newPrivateAppToken(Portal portal) {
        String token = "pat-na1-" + uuid();
        privateAppTokens.put(token, portal);
        return token;
    }

    /** @return a new refresh token: an installation of the app in {@code portal} */
    public synchronized String newRefreshToken(Portal portal) {
        String token = uuid();
        refreshTokens.put(token, new RefreshToken(portal, SCOPES));
        return token;
    }

    /** @throws ApiError 400 {@code BAD_REFRESH_TOKEN} when the refresh token is unknown or was revoked meanwhile */
    synchronized String newAccessToken(String refreshToken) {
        RefreshToken grant = refreshToken(refreshToken).orElseThrow(OAuthError::badRefreshToken);
        String token = "CK" + Long.toUnsignedString(random.nextLong(), 36).toUpperCase(java.util.Locale.ROOT)
                + "SEmulatorAccess" + uuid().replace("-", "");
        accessTokens.put(token, new AccessToken(grant.portal(), refreshToken, clock.instant().plus(accessTokenLifetime)));
        return token;
    }

    synchronized String newAuthorizationCode(Portal portal, String redirectUri, Optional<String> codeChallenge) {
        String code = uuid();
        codes.put(code, new AuthorizationCode(portal, redirectUri, codeChallenge, clock.instant().plus(Duration.ofMinutes(10))));
        return code;
    }

    /** Takes a code out (a code works once); empty if unknown, used or expired. */
    synchronized Optional<AuthorizationCode> redeem(String code) {
        return Optional.ofNullable(codes.remove(code)).filter(found -> clock.instant().isBefore(found.expiresAt()));
    }

    synchronized Optional<RefreshToken> refreshToken(String token) {
        return Optional.ofNullable(refreshTokens.get(token));
    }

    synchronized Optional<AccessToken> accessToken(String token) {
        return Optional.ofNullable(accessTokens.get(token));
    }

    /** Removes a refresh token; access tokens issued from it keep working until they expire. */
    public synchronized boolean revokeRefreshToken(String token) {
        return refreshTokens.remove(token) != null;
    }

    /** Every access token issued so far expires now. */
    public synchronized void expireAll() {
        Instant now = clock.instant();
        accessTokens.replaceAll((token, issued) -> new AccessToken(issued.portal(), issued.refreshToken(), now));
    }

    /**
     * Whom a bearer token acts for.
     *
     * @throws ApiError 401 {@code INVALID_AUTHENTICATION} for an unknown token, {@code EXPIRED_AUTHENTICATION} for an
     *     expired one
     */
    public synchronized Grant authenticate(String bearer) {
        Portal privateApp = privateAppTokens.get(bearer);
        if (privateApp != null) {
            return new Grant(privateApp, true);
        }
        AccessToken access = accessTokens.get(bearer);
        if (access == null) {
            throw ApiError.of(401, "INVALID_AUTHENTICATION",
                    "Authentication credentials not found. This API supports OAuth 2.0 and private app access tokens.");
        }
        Instant now = clock.instant();
        if (!now.isBefore(access.expiresAt())) {
            throw ApiError.of(401, "EXPIRED_AUTHENTICATION", "The OAuth token used to make this call expired "
                    + Duration.between(access.expiresAt(), now).toSeconds() + " second(s) ago.");
        }
        return new Grant(access.portal(), false);
    }

    private String uuid() {
        return new UUID((random.nextLong() & ~0xF000L) | 0x4000L, (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L)
                .toString();
    }
}
