package dev.crosswalk.testkit.salesforce;

import java.io.IOException;
import java.util.Optional;

/** {@code /services/oauth2/token} and {@code /services/oauth2/revoke}. */
final class OAuthEndpoints {

    private final Platform platform;

    OAuthEndpoints(Platform platform) {
        this.platform = platform;
    }

    void register(Router router) {
        router.on("POST", "/services/oauth2/token", this::token)
                .on("POST", "/services/oauth2/revoke", this::revoke)
                .on("GET", "/services/oauth2/revoke", this::revoke);
    }

    private void token(Call call) throws IOException {
        String grantType = call.form().getOrDefault("grant_type", "");
        switch (grantType) {
            case "refresh_token" -> refreshGrant(call);
            default -> throw new OAuthException(400, "unsupported_grant_type", "grant type not supported");
        }
    }

    private void refreshGrant(Call call) throws IOException {
        Org org = clientOrg(call);
        Optional<String> secret = Optional.ofNullable(call.form().get("client_secret"));
        if (secret.isPresent() && !secret.get().equals(org.app().clientSecret())) {
            throw new OAuthException(400, "invalid_client", "invalid client credentials");
        }
        RefreshGrant grant = platform.sessions().refreshGrant(call.form().get("refresh_token"))
                .filter(g -> g.org() == org && g.clientId().equals(org.app().clientId()))
                .orElseThrow(OAuthException::expiredToken);
        AccessSession session = platform.sessions()
                .issueAccessToken(org, grant.user(), grant.clientId(), grant.scope(), grant.token());
        call.json(200, TokenResponses.success(platform, session, null, true));
    }

    /** The org whose Connected App has the request's {@code client_id}. */
    private Org clientOrg(Call call) throws IOException {
        String clientId = call.form().get("client_id");
        Org org = Optional.ofNullable(clientId).flatMap(platform::orgByClientId)
                .orElseThrow(() -> new OAuthException(400, "invalid_client_id", "client identifier invalid"));
        if (!org.app().installed()) {
            throw new OAuthException(400, "OAUTH_APP_BLOCKED", "this app is blocked by admin");
        }
        return org;
    }

    private void revoke(Call call) throws IOException {
        String token = call.formOrQuery("token").orElse("");
        if (token.isEmpty()) {
            call.send(400, "application/x-www-form-urlencoded", "error=unsupported_token_type".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        if (!platform.sessions().revoke(token)) {
            call.send(400, "application/x-www-form-urlencoded", "error=invalid_token".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        call.empty(200);
    }
}
