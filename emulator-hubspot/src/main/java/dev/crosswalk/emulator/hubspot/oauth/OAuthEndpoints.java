package dev.crosswalk.emulator.hubspot.oauth;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosswalk.emulator.hubspot.data.Portal;
import dev.crosswalk.emulator.hubspot.http.ApiError;
import dev.crosswalk.emulator.hubspot.http.HubSpotCall;
import dev.crosswalk.emulator.hubspot.http.Json;
import dev.crosswalk.emulator.support.GrantCounts;
import dev.crosswalk.emulator.support.RouteTable;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HubSpot's OAuth v1: {@code POST /oauth/v1/token} (authorization code with optional PKCE, refresh token), token
 * information, refresh token deletion, and a consent page at {@code /oauth/authorize} that lets a person pick a
 * portal.
 */
public final class OAuthEndpoints {

    private final OAuthApp app;
    private final Tokens tokens;
    private final List<Portal> portals;
    private final GrantCounts grants;
    private final Clock clock;

    /** The OAuth endpoints of {@code app}, over {@code portals} and their {@code tokens}, counting requests in {@code grants}. */
    public OAuthEndpoints(OAuthApp app, Tokens tokens, List<Portal> portals, GrantCounts grants, Clock clock) {
        this.app = app;
        this.tokens = tokens;
        this.portals = portals;
        this.grants = grants;
        this.clock = clock;
    }

    /** Adds the OAuth routes. */
    public void register(RouteTable<HubSpotCall> routes) {
        routes.on("POST", "/oauth/v1/token", this::token)
                .on("GET", "/oauth/v1/access-tokens/(?<token>[^/]+)", this::accessTokenInfo)
                .on("GET", "/oauth/v1/refresh-tokens/(?<token>[^/]+)", this::refreshTokenInfo)
                .on("DELETE", "/oauth/v1/refresh-tokens/(?<token>[^/]+)", this::deleteRefreshToken)
                .on("GET", "/oauth/authorize", this::consentPage)
                .on("POST", "/oauth/authorize", this::consent);
    }

    private void token(HubSpotCall call) throws IOException {
        Map<String, String> form = call.form();
        String grantType = form.getOrDefault("grant_type", "");
        grants.record(grantType.isEmpty() ? "(none)" : grantType);
        if (!app.clientId().equals(form.get("client_id"))) {
            throw OAuthError.badClientId();
        }
        if (!app.clientSecret().equals(form.get("client_secret"))) {
            throw OAuthError.badClientSecret();
        }
        String refreshToken = switch (grantType) {
            case "refresh_token" -> form.getOrDefault("refresh_token", "");
            case "authorization_code" -> redeem(form);
            default -> throw OAuthError.of(400, "BAD_GRANT_TYPE", "missing or unknown grant type: " + grantType,
                    "unsupported_grant_type");
        };
        ObjectNode body = Json.object().put("token_type", "bearer").put("refresh_token", refreshToken)
                .put("access_token", tokens.newAccessToken(refreshToken))
                .put("expires_in", tokens.accessTokenLifetime().toSeconds());
        call.responseHeaders().set("Cache-Control", "no-store");
        call.json(200, body);
    }

    private String redeem(Map<String, String> form) {
        Tokens.AuthorizationCode code = tokens.redeem(form.getOrDefault("code", "")).orElseThrow(OAuthError::badAuthCode);
        if (!code.redirectUri().equals(form.get("redirect_uri"))) {
            throw OAuthError.badRedirectUri();
        }
        if (code.codeChallenge().isPresent()
                && !code.codeChallenge().get().equals(s256(form.getOrDefault("code_verifier", "")))) {
            throw OAuthError.of(400, "BAD_AUTH_CODE", "code_verifier does not match the code_challenge", "invalid_grant");
        }
        return tokens.newRefreshToken(code.portal());
    }

    private void accessTokenInfo(HubSpotCall call) throws IOException {
        Tokens.AccessToken access = tokens.accessToken(call.pathParam("token"))
                .orElseThrow(() -> ApiError.notFound("Token not found"));
        ObjectNode body = info(call.pathParam("token"), access.portal()).put("token_type", "access")
                .put("expires_in", Math.max(0, Duration.between(clock.instant(), access.expiresAt()).toSeconds()))
                .put("app_id", 1_000_001);
        call.json(200, body);
    }

    private void refreshTokenInfo(HubSpotCall call) throws IOException {
        Tokens.RefreshToken refresh = tokens.refreshToken(call.pathParam("token"))
                .orElseThrow(() -> ApiError.notFound("Token not found"));
        call.json(200, info(call.pathParam("token"), refresh.portal()).put("token_type", "refresh").put("client_id", app.clientId()));
    }

    private void deleteRefreshToken(HubSpotCall call) throws IOException {
        if (!tokens.revokeRefreshToken(call.pathParam("token"))) {
            throw ApiError.notFound("Token not found");
        }
        call.empty(204);
    }

    private ObjectNode info(String token, Portal portal) {
        ObjectNode body = Json.object().put("token", token).put("user", "emma.ulator@crosswalk.example")
                .put("hub_domain", portal.domain()).put("hub_id", portal.hubId()).put("user_id", 7_000_001);
        ArrayNode scopes = body.putArray("scopes");
        Tokens.SCOPES.forEach(scopes::add);
        return body;
    }

    private void consentPage(HubSpotCall call) throws IOException {
        checkClient(call.queryParam("client_id"), call.queryParam("redirect_uri"));
        StringBuilder page = new StringBuilder("<!doctype html><html><head><title>Choose an account</title></head><body>")
                .append("<h1>Choose an account for the app</h1>");
        for (Portal portal : portals) {
            page.append("<form method=\"post\" action=\"/oauth/authorize\">");
            for (String name : List.of("client_id", "redirect_uri", "state", "scope", "code_challenge", "code_challenge_method")) {
                String value = call.queryParam(name).orElse("");
                page.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"").append(html(value)).append("\">");
            }
            page.append("<input type=\"hidden\" name=\"hub_id\" value=\"").append(portal.hubId()).append("\">")
                    .append("<button type=\"submit\">").append(html(portal.domain())).append(" (").append(portal.hubId())
                    .append(")</button></form>");
        }
        call.send(200, "text/html;charset=utf-8", page.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8));
    }

    private void consent(HubSpotCall call) throws IOException {
        Map<String, String> form = call.form();
        String redirectUri = checkClient(Optional.ofNullable(form.get("client_id")), Optional.ofNullable(form.get("redirect_uri")));
        Portal portal = portals.stream().filter(p -> Long.toString(p.hubId()).equals(form.get("hub_id"))).findFirst()
                .orElseThrow(() -> ApiError.validation("Unknown hub_id " + form.get("hub_id")));
        Optional<String> challenge = Optional.ofNullable(form.get("code_challenge")).filter(c -> !c.isEmpty());
        String code = tokens.newAuthorizationCode(portal, redirectUri, challenge);
        String state = form.getOrDefault("state", "");
        call.responseHeaders().set("Location", redirectUri + (redirectUri.contains("?") ? "&" : "?") + "code=" + code
                + (state.isEmpty() ? "" : "&state=" + URLEncoder.encode(state, StandardCharsets.UTF_8)));
        call.empty(302);
    }

    private String checkClient(Optional<String> clientId, Optional<String> redirectUri) {
        if (!clientId.filter(app.clientId()::equals).isPresent()) {
            throw OAuthError.badClientId();
        }
        return redirectUri.filter(app.redirectUri()::equals).orElseThrow(OAuthError::badRedirectUri);
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
