package dev.crosswalk.testkit.salesforce.rest;

import dev.crosswalk.testkit.salesforce.http.Call;
import dev.crosswalk.testkit.salesforce.oauth.AuthorizationCode;
import dev.crosswalk.testkit.salesforce.oauth.Platform;
import dev.crosswalk.testkit.salesforce.org.ConnectedApp;
import dev.crosswalk.testkit.salesforce.org.Org;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The web-server flow's {@code /services/oauth2/authorize}: a small consent page with Allow and Deny buttons (the
 * emulated user is always logged in), then a redirect to the callback with {@code code} and the echoed {@code state}.
 * A PKCE {@code code_challenge} (S256) is remembered and checked at the token endpoint.
 */
public final class AuthorizeEndpoint {

    private record Pending(Org org, String clientId, String redirectUri, String scope, String state, String challenge,
            String nonce) {
    }

    private final Platform platform;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    public AuthorizeEndpoint(Platform platform) {
        this.platform = platform;
    }

    public void register(Router router) {
        router.on("GET", "/services/oauth2/authorize", this::consentPage)
                .on("POST", "/services/oauth2/authorize", this::decide);
    }

    private void consentPage(Call call) throws IOException {
        String clientId = call.queryParam("client_id").orElse("");
        String redirectUri = call.queryParam("redirect_uri").orElse("");
        Optional<Org> org = platform.orgByClientId(clientId);
        if (org.isEmpty()) {
            errorPage(call, "invalid_client_id", "client identifier invalid");
            return;
        }
        ConnectedApp app = org.get().app(clientId).orElseThrow();
        if (redirectUri.isEmpty() || !app.allowsCallback(redirectUri)) {
            errorPage(call, "redirect_uri_mismatch", "redirect_uri must match configuration");
            return;
        }
        String state = call.queryParam("state").orElse(null);
        if (!app.installed()) {
            redirect(call, redirectUri, error("OAUTH_APP_BLOCKED", "this app is blocked by admin", state));
            return;
        }
        if (!"code".equals(call.queryParam("response_type").orElse(""))) {
            redirect(call, redirectUri, error("unsupported_response_type", "response type not supported", state));
            return;
        }
        String method = call.queryParam("code_challenge_method").orElse("S256");
        if (!method.equals("S256")) {
            redirect(call, redirectUri, error("invalid_request", "unsupported code_challenge_method", state));
            return;
        }
        String scope = call.queryParam("scope").orElse("api refresh_token");
        String requestId = platform.sessions().randomString(32);
        pending.put(requestId, new Pending(org.get(), clientId, redirectUri, scope, state,
                call.queryParam("code_challenge").filter(c -> !c.isEmpty()).orElse(null), call.queryParam("nonce").orElse(null)));
        call.send(200, "text/html;charset=UTF-8", page(org.get(), scope, requestId).getBytes(StandardCharsets.UTF_8));
    }

    private void decide(Call call) throws IOException {
        Pending request = Optional.ofNullable(call.form().get("request_id")).map(pending::remove).orElse(null);
        if (request == null) {
            errorPage(call, "invalid_request", "unknown or already answered authorization request");
            return;
        }
        if (!"allow".equalsIgnoreCase(call.form().getOrDefault("decision", ""))) {
            redirect(call, request.redirectUri(), error("access_denied", "end-user denied authorization", request.state()));
            return;
        }
        AuthorizationCode code = platform.sessions().issueCode(request.org(), request.org().user(), request.clientId(),
                request.redirectUri(), request.scope(), request.challenge(), request.nonce());
        Map<String, String> params = new LinkedHashMap<>();
        params.put("code", code.code());
        if (request.state() != null) {
            params.put("state", request.state());
        }
        redirect(call, request.redirectUri(), params);
    }

    private static Map<String, String> error(String error, String description, String state) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("error", error);
        params.put("error_description", description);
        if (state != null) {
            params.put("state", state);
        }
        return params;
    }

    private static void redirect(Call call, String redirectUri, Map<String, String> params) throws IOException {
        StringBuilder location = new StringBuilder(redirectUri).append(redirectUri.contains("?") ? '&' : '?');
        params.forEach((k, v) -> location.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&'));
        location.setLength(location.length() - 1);
        call.responseHeaders().set("Location", location.toString());
        call.empty(302);
    }

    private static void errorPage(Call call, String error, String description) throws IOException {
        String html = "<!DOCTYPE html><html><head><title>Error</title></head><body><h1>OAuth Error</h1><p>error=" + escape(error)
                + "</p><p>error_description=" + escape(description) + "</p></body></html>";
        call.send(400, "text/html;charset=UTF-8", html.getBytes(StandardCharsets.UTF_8));
    }

    private static String page(Org org, String scope, String requestId) {
        return "<!DOCTYPE html>\n<html><head><title>Allow Access?</title></head><body>\n"
                + "<h1>Allow Access?</h1>\n"
                + "<p>The Connected App wants to access " + escape(org.user().username()) + "'s data (scope: " + escape(scope) + ").</p>\n"
                + "<form method=\"post\" action=\"/services/oauth2/authorize\">\n"
                + "<input type=\"hidden\" name=\"request_id\" value=\"" + escape(requestId) + "\">\n"
                + "<button type=\"submit\" name=\"decision\" value=\"allow\" id=\"oaapprove\">Allow</button>\n"
                + "<button type=\"submit\" name=\"decision\" value=\"deny\" id=\"oadeny\">Deny</button>\n"
                + "</form></body></html>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
