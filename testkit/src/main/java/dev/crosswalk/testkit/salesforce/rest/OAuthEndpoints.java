package dev.crosswalk.testkit.salesforce.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.crosswalk.emulator.support.GrantCounts;
import dev.crosswalk.testkit.salesforce.RefreshTokenPolicy;
import dev.crosswalk.testkit.salesforce.http.Call;
import dev.crosswalk.testkit.salesforce.http.Json;
import dev.crosswalk.testkit.salesforce.http.OAuthException;
import dev.crosswalk.testkit.salesforce.oauth.AccessSession;
import dev.crosswalk.testkit.salesforce.oauth.AuthorizationCode;
import dev.crosswalk.testkit.salesforce.oauth.IdTokens;
import dev.crosswalk.testkit.salesforce.oauth.JwtAssertions;
import dev.crosswalk.testkit.salesforce.oauth.Platform;
import dev.crosswalk.testkit.salesforce.oauth.RefreshGrant;
import dev.crosswalk.testkit.salesforce.oauth.Sessions;
import dev.crosswalk.testkit.salesforce.oauth.TokenResponses;
import dev.crosswalk.testkit.salesforce.org.ConnectedApp;
import dev.crosswalk.testkit.salesforce.org.Org;
import dev.crosswalk.testkit.salesforce.org.OrgUser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** {@code /services/oauth2/token} (every grant), {@code /revoke} and {@code /introspect}. */
public final class OAuthEndpoints {

    public static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    private final Platform platform;
    private final IdTokens idTokens;
    private final GrantCounts grants;
    private final GrantCounts requestsByClient;

    /** @param requestsByClient counts token requests by the consumer key they name (the assertion's issuer for JWT) */
    public OAuthEndpoints(Platform platform, IdTokens idTokens, GrantCounts grants, GrantCounts requestsByClient) {
        this.platform = platform;
        this.idTokens = idTokens;
        this.grants = grants;
        this.requestsByClient = requestsByClient;
    }

    /** An org and the Connected App of the consumer key a request names. */
    private record Client(Org org, ConnectedApp app) {
    }

    public void register(Router router) {
        router.on("POST", "/services/oauth2/token", this::token)
                .on("POST", "/services/oauth2/revoke", this::revoke)
                .on("GET", "/services/oauth2/revoke", this::revoke)
                .on("POST", "/services/oauth2/introspect", this::introspect);
    }

    private void token(Call call) throws IOException {
        String grantType = call.form().getOrDefault("grant_type", "");
        grants.record(grantType.equals(JWT_BEARER) ? "jwt_bearer" : grantType);
        String clientId = grantType.equals(JWT_BEARER) ? issuerOrNull(call.form().get("assertion"))
                : ClientAuth.of(call).clientId();
        requestsByClient.record(clientId == null ? "" : clientId);
        switch (grantType) {
            case "refresh_token" -> refreshGrant(call);
            case "authorization_code" -> authorizationCodeGrant(call);
            case JWT_BEARER -> jwtBearerGrant(call);
            case "client_credentials" -> clientCredentialsGrant(call);
            case "password" -> passwordGrant(call);
            default -> throw new OAuthException(400, "unsupported_grant_type", "grant type not supported");
        }
    }

    private void refreshGrant(Call call) throws IOException {
        ClientAuth client = ClientAuth.of(call);
        Client found = client(client.clientId());
        Org org = found.org();
        if (client.secret().isPresent() && !client.secret().get().equals(found.app().clientSecret())) {
            throw new OAuthException(400, "invalid_client", "invalid client credentials");
        }
        String presented = call.form().get("refresh_token");
        Sessions sessions = platform.sessions();
        RefreshTokenPolicy policy = found.app().refreshTokenPolicy();
        Optional<RefreshGrant> live = sessions.refreshGrant(presented)
                .filter(g -> g.org() == org && g.clientId().equals(found.app().clientId()));
        if (live.isEmpty()) {
            if (policy == RefreshTokenPolicy.ROTATE_AND_REVOKE_ON_REPLAY) {
                sessions.spent(presented).ifPresent(spent -> sessions.revokeFamily(spent.family()));
            }
            throw OAuthException.expiredToken();
        }
        RefreshGrant grant = live.get();
        String newRefreshToken = null;
        if (policy != RefreshTokenPolicy.REUSE) {
            Optional<RefreshGrant> next = sessions.rotate(grant);
            if (next.isEmpty()) {
                if (policy == RefreshTokenPolicy.ROTATE_AND_REVOKE_ON_REPLAY) {
                    sessions.revokeFamily(grant.family());
                }
                throw OAuthException.expiredToken();
            }
            grant = next.get();
            newRefreshToken = grant.token();
        }
        AccessSession session = sessions.issueAccessToken(org, grant.user(), grant.clientId(), grant.scope(), grant.token());
        sendToken(call, TokenResponses.success(platform, session, newRefreshToken, true));
    }

    private void authorizationCodeGrant(Call call) throws IOException {
        ClientAuth client = ClientAuth.of(call);
        Client found = client(client.clientId());
        Org org = found.org();
        if (!client.secret().map(found.app().clientSecret()::equals).orElse(false)) {
            throw new OAuthException(400, "invalid_client", "invalid client credentials");
        }
        AuthorizationCode code = platform.sessions().redeemCode(call.form().get("code"))
                .filter(c -> c.org() == org && c.clientId().equals(client.clientId()))
                .orElseThrow(() -> OAuthException.invalidGrant("invalid authorization code"));
        if (!code.redirectUri().equals(call.form().get("redirect_uri"))) {
            throw new OAuthException(400, "redirect_uri_mismatch", "redirect_uri must match configuration");
        }
        if (code.codeChallenge() != null) {
            String verifier = call.form().get("code_verifier");
            if (verifier == null || verifier.isEmpty()) {
                throw OAuthException.invalidGrant("invalid code verifier");
            }
            if (!s256(verifier).equals(code.codeChallenge())) {
                throw new OAuthException(400, "invalid_request", "invalid code verifier");
            }
        }
        String refreshToken = null;
        if (grantsRefreshToken(code.scope())) {
            refreshToken = platform.sessions().issueRefreshToken(org, code.user(), code.clientId(), code.scope()).token();
        }
        AccessSession session = platform.sessions().issueAccessToken(org, code.user(), code.clientId(), code.scope(), refreshToken);
        String idToken = List.of(code.scope().split("\\s+")).contains("openid") ? idTokens.issue(session, code.nonce()) : null;
        sendToken(call, TokenResponses.success(platform, session, refreshToken, true, idToken));
    }

    private void jwtBearerGrant(Call call) throws IOException {
        String assertion = call.form().get("assertion");
        if (assertion == null || assertion.isEmpty()) {
            throw new OAuthException(400, "invalid_request", "missing assertion");
        }
        String issuer = issuerOf(assertion);
        Client found = client(issuer);
        Org org = found.org();
        List<String> audiences = List.of(platform.base(), platform.base() + "/", "https://login.salesforce.com",
                "https://test.salesforce.com");
        JWTClaimsSet claims = JwtAssertions.verify(assertion, found.app(), audiences, platform.clock().instant());
        OrgUser user = Optional.of(org.user()).filter(u -> u.username().equalsIgnoreCase(claims.getSubject()))
                .orElseThrow(() -> OAuthException.invalidGrant("user hasn't approved this consumer"));
        AccessSession session = platform.sessions().issueAccessToken(org, user, found.app().clientId(), "api", null);
        ObjectNode body = Json.object()
                .put("access_token", session.token())
                .put("scope", session.scope())
                .put("instance_url", platform.base())
                .put("id", platform.identityUrl(org, user))
                .put("token_type", "Bearer");
        sendToken(call, body);
    }

    private void clientCredentialsGrant(Call call) throws IOException {
        ClientAuth client = ClientAuth.of(call);
        Client found = client(client.clientId());
        Org org = found.org();
        if (!client.secret().map(found.app().clientSecret()::equals).orElse(false)) {
            throw new OAuthException(400, "invalid_client", "invalid client credentials");
        }
        AccessSession session = platform.sessions().issueAccessToken(org, org.user(), client.clientId(), "api", null);
        sendToken(call, TokenResponses.success(platform, session, null, true));
    }

    /** The legacy username-password flow (jsforce {@code login()} with an OAuth client): no refresh token. */
    private void passwordGrant(Call call) throws IOException {
        ClientAuth client = ClientAuth.of(call);
        Client found = client(client.clientId());
        Org org = found.org();
        if (!client.secret().map(found.app().clientSecret()::equals).orElse(false)) {
            throw new OAuthException(400, "invalid_client", "invalid client credentials");
        }
        OrgUser user = org.user();
        if (!user.username().equalsIgnoreCase(call.form().getOrDefault("username", ""))
                || !user.acceptsPassword(call.form().get("password"))) {
            throw OAuthException.invalidGrant("authentication failure");
        }
        AccessSession session = platform.sessions().issueAccessToken(org, user, client.clientId(), "api", null);
        sendToken(call, TokenResponses.success(platform, session, null, true));
    }

    /** A successful token response; like the errors it must not be cached, as it carries credentials. */
    private static void sendToken(Call call, ObjectNode body) throws IOException {
        call.responseHeaders().set("Cache-Control", "no-store");
        call.json(200, body);
    }

    private void revoke(Call call) throws IOException {
        String token = call.formOrQuery("token").orElse("");
        if (token.isEmpty()) {
            call.send(400, "application/x-www-form-urlencoded", "error=unsupported_token_type".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (!platform.sessions().revoke(token)) {
            call.send(400, "application/x-www-form-urlencoded", "error=invalid_token".getBytes(StandardCharsets.UTF_8));
            return;
        }
        call.empty(200);
    }

    private void introspect(Call call) throws IOException {
        ClientAuth client = ClientAuth.of(call);
        Client found = client(client.clientId());
        Org org = found.org();
        if (!client.secret().map(found.app().clientSecret()::equals).orElse(false)) {
            throw new OAuthException(401, "invalid_client", "invalid client credentials");
        }
        String token = call.form().getOrDefault("token", "");
        Sessions sessions = platform.sessions();
        Optional<AccessSession> access = sessions.lookup(token).filter(s -> s.org() == org);
        if (access.isPresent()) {
            AccessSession session = access.get();
            boolean active = sessions.validate(token).isPresent();
            call.json(200, active ? introspection(session.scope(), session.user(), org, found.app(), "access_token",
                    session.expiresAt().getEpochSecond(), session.issuedAt().getEpochSecond())
                    : Json.object().put("active", false));
            return;
        }
        Optional<RefreshGrant> refresh = sessions.refreshGrant(token).filter(g -> g.org() == org);
        if (refresh.isPresent()) {
            RefreshGrant grant = refresh.get();
            call.json(200, introspection(grant.scope(), grant.user(), org, found.app(), "refresh_token", null, grant.issuedAt().getEpochSecond()));
            return;
        }
        call.json(200, Json.object().put("active", false));
    }

    private ObjectNode introspection(String scope, OrgUser user, Org org, ConnectedApp app, String tokenType, Long exp,
            long iat) {
        ObjectNode body = Json.object()
                .put("active", true)
                .put("scope", scope)
                .put("client_id", app.clientId())
                .put("username", user.username())
                .put("sub", platform.identityUrl(org, user))
                .put("token_type", tokenType);
        if (exp != null) {
            body.put("exp", exp);
        }
        return body.put("iat", iat).put("nbf", iat);
    }

    /** The org and its Connected App with this consumer key, if that app is installed. */
    private Client client(String clientId) {
        Org org = Optional.ofNullable(clientId).flatMap(platform::orgByClientId)
                .orElseThrow(() -> new OAuthException(400, "invalid_client_id", "client identifier invalid"));
        ConnectedApp app = org.app(clientId).orElseThrow();
        if (!app.installed()) {
            throw new OAuthException(400, "OAUTH_APP_BLOCKED", "this app is blocked by admin");
        }
        return new Client(org, app);
    }

    private static String issuerOrNull(String assertion) {
        try {
            return assertion == null ? null : com.nimbusds.jwt.SignedJWT.parse(assertion).getJWTClaimsSet().getIssuer();
        } catch (java.text.ParseException e) {
            return null;
        }
    }

    private static String issuerOf(String assertion) {
        try {
            return com.nimbusds.jwt.SignedJWT.parse(assertion).getJWTClaimsSet().getIssuer();
        } catch (java.text.ParseException e) {
            throw OAuthException.invalidGrant("invalid assertion");
        }
    }

    /** A refresh token is issued when the scope asks for one (or names no scope at all). */
    static boolean grantsRefreshToken(String scope) {
        if (scope == null || scope.isBlank()) {
            return true;
        }
        List<String> scopes = List.of(scope.split("\\s+"));
        return scopes.contains("refresh_token") || scopes.contains("offline_access") || scopes.contains("full");
    }

    /** {@code base64url(SHA-256(verifier))} without padding, the PKCE S256 transform. */
    public static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** Client id and secret from the form body or an HTTP Basic header. */
    record ClientAuth(String clientId, Optional<String> secret) {

        static ClientAuth of(Call call) throws IOException {
            Optional<String> basic = call.header("Authorization").filter(h -> h.regionMatches(true, 0, "Basic ", 0, 6));
            if (basic.isPresent()) {
                String decoded;
                try {
                    decoded = new String(Base64.getDecoder().decode(basic.get().substring(6).trim()), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    throw new OAuthException(400, "invalid_client", "invalid client credentials");
                }
                int colon = decoded.indexOf(':');
                if (colon > 0) {
                    return new ClientAuth(Call.parseForm("u=" + decoded.substring(0, colon)).get("u"),
                            Optional.of(decoded.substring(colon + 1)));
                }
            }
            return new ClientAuth(call.form().get("client_id"), Optional.ofNullable(call.form().get("client_secret")));
        }
    }
}
