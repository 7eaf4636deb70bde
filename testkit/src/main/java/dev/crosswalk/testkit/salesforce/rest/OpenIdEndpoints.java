package dev.crosswalk.testkit.salesforce.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosswalk.testkit.salesforce.http.Call;
import dev.crosswalk.testkit.salesforce.http.Json;
import dev.crosswalk.testkit.salesforce.oauth.AccessSession;
import dev.crosswalk.testkit.salesforce.oauth.IdTokens;
import dev.crosswalk.testkit.salesforce.oauth.Platform;
import dev.crosswalk.testkit.salesforce.org.Org;
import dev.crosswalk.testkit.salesforce.org.OrgUser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** OpenID Connect discovery, the signing keys ({@code /id/keys}) and {@code /services/oauth2/userinfo}. */
public final class OpenIdEndpoints {

    private final Platform platform;
    private final IdTokens idTokens;

    public OpenIdEndpoints(Platform platform, IdTokens idTokens) {
        this.platform = platform;
        this.idTokens = idTokens;
    }

    public void register(Router router) {
        router.on("GET", "/\\.well-known/openid-configuration", this::discovery)
                .on("GET", "/id/keys", call -> call.json(200, idTokens.jwks()))
                .on("GET", "/services/oauth2/userinfo", this::userinfo)
                .on("POST", "/services/oauth2/userinfo", this::userinfo);
    }

    private void discovery(Call call) throws IOException {
        String base = platform.base();
        ObjectNode body = Json.object()
                .put("issuer", base)
                .put("authorization_endpoint", base + "/services/oauth2/authorize")
                .put("token_endpoint", base + "/services/oauth2/token")
                .put("revocation_endpoint", base + "/services/oauth2/revoke")
                .put("userinfo_endpoint", base + "/services/oauth2/userinfo")
                .put("introspection_endpoint", base + "/services/oauth2/introspect")
                .put("jwks_uri", base + "/id/keys");
        strings(body.putArray("response_types_supported"), "code", "token", "token id_token");
        strings(body.putArray("subject_types_supported"), "public");
        strings(body.putArray("id_token_signing_alg_values_supported"), "RS256");
        strings(body.putArray("scopes_supported"), "id", "api", "email", "address", "phone", "profile", "openid",
                "refresh_token", "offline_access", "full");
        strings(body.putArray("token_endpoint_auth_methods_supported"), "client_secret_post", "client_secret_basic",
                "private_key_jwt");
        strings(body.putArray("code_challenge_methods_supported"), "S256");
        call.json(200, body);
    }

    private void userinfo(Call call) throws IOException {
        Optional<AccessSession> session = RestGate.bearer(call).flatMap(platform.sessions()::validate);
        if (session.isEmpty()) {
            call.responseHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            call.send(403, "text/plain;charset=UTF-8", "Bad_OAuth_Token".getBytes(StandardCharsets.UTF_8));
            return;
        }
        OrgUser user = session.get().user();
        Org org = session.get().org();
        call.json(200, Json.object()
                .put("sub", platform.identityUrl(org, user))
                .put("user_id", user.id())
                .put("organization_id", org.id())
                .put("preferred_username", user.username())
                .put("nickname", user.firstName().toLowerCase(java.util.Locale.ROOT))
                .put("name", user.displayName())
                .put("email", user.email())
                .put("email_verified", true)
                .put("given_name", user.firstName())
                .put("family_name", user.lastName())
                .put("zoneinfo", "GMT")
                .put("active", true)
                .put("user_type", "STANDARD")
                .put("language", "en_US")
                .put("locale", "en_US")
                .put("utcOffset", 0));
    }

    private static void strings(ArrayNode array, String... values) {
        for (String value : values) {
            array.add(value);
        }
    }
}
