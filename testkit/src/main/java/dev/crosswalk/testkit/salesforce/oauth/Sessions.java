package dev.crosswalk.testkit.salesforce.oauth;

import dev.crosswalk.testkit.salesforce.org.Org;
import dev.crosswalk.testkit.salesforce.org.OrgUser;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Issues, validates, expires and revokes access and refresh tokens for every org. Thread-safe. */
public final class Sessions {

    private static final char[] TOKEN_CHARS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._".toCharArray();

    private final Clock clock;
    private final Duration accessTokenLifetime;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, AccessSession> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, RefreshGrant> refreshTokens = new ConcurrentHashMap<>();
    private final Map<String, RefreshGrant> spentRefreshTokens = new ConcurrentHashMap<>();
    private final Map<String, AuthorizationCode> codes = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    public Sessions(Clock clock, Duration accessTokenLifetime) {
        this.clock = clock;
        this.accessTokenLifetime = accessTokenLifetime;
    }

    Clock clock() {
        return clock;
    }

    /** Issues a new access token (format {@code <15-char org id>!<random>}, like the platform's). */
    public AccessSession issueAccessToken(Org org, OrgUser user, String clientId, String scope, String refreshToken) {
        Instant now = clock.instant();
        String token = org.id().substring(0, 15) + "!" + randomString(96);
        AccessSession session = new AccessSession(token, org, user, clientId, scope, now, now.plus(accessTokenLifetime),
                generation.get(), refreshToken);
        accessTokens.put(token, session);
        return session;
    }

    /** Registers a refresh token chosen by the caller (used for the deterministic start-up credentials). */
    public RefreshGrant registerRefreshToken(String token, Org org, OrgUser user, String clientId, String scope) {
        RefreshGrant grant = new RefreshGrant(token, org, user, clientId, scope, token, clock.instant());
        refreshTokens.put(token, grant);
        return grant;
    }

    public RefreshGrant issueRefreshToken(Org org, OrgUser user, String clientId, String scope) {
        return registerRefreshToken("5Aep861" + randomString(80), org, user, clientId, scope);
    }

    /** Spends {@code grant}'s token and issues its successor in the same family; empty if already spent. */
    public Optional<RefreshGrant> rotate(RefreshGrant grant) {
        if (refreshTokens.remove(grant.token()) == null) {
            return Optional.empty();
        }
        spentRefreshTokens.put(grant.token(), grant);
        RefreshGrant next = new RefreshGrant("5Aep861" + randomString(80), grant.org(), grant.user(), grant.clientId(),
                grant.scope(), grant.family(), clock.instant());
        refreshTokens.put(next.token(), next);
        return Optional.of(next);
    }

    /** A refresh token that was spent by rotation, if {@code token} is one. */
    public Optional<RefreshGrant> spent(String token) {
        return Optional.ofNullable(token == null ? null : spentRefreshTokens.get(token));
    }

    /** Revokes every refresh token of a family and the access tokens obtained with them. */
    public void revokeFamily(String family) {
        java.util.Set<String> members = new java.util.HashSet<>();
        refreshTokens.values().removeIf(grant -> {
            if (grant.family().equals(family)) {
                members.add(grant.token());
                return true;
            }
            return false;
        });
        spentRefreshTokens.values().forEach(grant -> {
            if (grant.family().equals(family)) {
                members.add(grant.token());
            }
        });
        accessTokens.values().removeIf(session -> session.refreshToken() != null && members.contains(session.refreshToken()));
    }

    /** Issues a one-time authorization code valid for 15 minutes. */
    public AuthorizationCode issueCode(Org org, OrgUser user, String clientId, String redirectUri, String scope, String challenge,
            String nonce) {
        AuthorizationCode code = new AuthorizationCode("aPrx" + randomString(60), org, user, clientId, redirectUri, scope,
                challenge, nonce, clock.instant().plus(Duration.ofMinutes(15)));
        codes.put(code.code(), code);
        return code;
    }

    /** Takes a live code out of circulation (codes are single use). */
    public Optional<AuthorizationCode> redeemCode(String code) {
        AuthorizationCode found = code == null ? null : codes.remove(code);
        return Optional.ofNullable(found).filter(c -> clock.instant().isBefore(c.expiresAt()));
    }

    /** The access session behind a token regardless of expiry (for introspection), if it was never revoked. */
    public Optional<AccessSession> lookup(String token) {
        return Optional.ofNullable(token == null ? null : accessTokens.get(token));
    }

    /** The live session for a bearer token; empty when unknown, revoked or expired. */
    public Optional<AccessSession> validate(String token) {
        AccessSession session = token == null ? null : accessTokens.get(token);
        if (session == null || session.generation() != generation.get() || !clock.instant().isBefore(session.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(session);
    }

    public Optional<RefreshGrant> refreshGrant(String token) {
        return Optional.ofNullable(token == null ? null : refreshTokens.get(token));
    }

    /** Every access token issued so far becomes invalid. */
    public void expireAll() {
        generation.incrementAndGet();
    }

    /** Revokes an access token, or a refresh token together with the access tokens issued from it. */
    public boolean revoke(String token) {
        if (accessTokens.remove(token) != null) {
            return true;
        }
        if (refreshTokens.remove(token) != null) {
            accessTokens.values().removeIf(session -> token.equals(session.refreshToken()));
            return true;
        }
        return false;
    }

    public String randomString(int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = TOKEN_CHARS[random.nextInt(TOKEN_CHARS.length)];
        }
        return new String(chars);
    }
}
