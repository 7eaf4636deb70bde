package dev.crosswalk.adapters.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.core.port.in.AuthorizeConnectionUseCase;
import dev.crosswalk.core.port.in.AuthorizeConnectionUseCase.Outcome;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The customer's authorisation of a connection (OAuth Authorization Code with PKCE): {@code POST
 * /connections/{id}/authorize} gives the tenant the provider's page to send its customer to; the provider sends the
 * customer back to {@code GET /oauth/callback}, which needs no API key (the single-use {@code state} is its
 * credential), stores the connection, and sends the customer on to the tenant's allowlisted {@code return_url}.
 */
final class AuthorizationRoutes {

    static final String CALLBACK_PATH = "/oauth/callback";
    private static final List<String> START_FIELDS = List.of("connector", "settings", "secret_settings",
            "return_url");
    /** What providers send to a callback; Salesforce adds the community ones for Experience Cloud users. */
    private static final Set<String> CALLBACK_PARAMETERS = Set.of("state", "code", "error", "error_description",
            "error_uri", "sfdc_community_url", "sfdc_community_id");

    private final AuthorizeConnectionUseCase authorization;
    private final Supplier<URI> callbackUrl;
    private final ReturnUrls returnUrls;
    private final RequestBodies bodies;
    private final Replies replies;

    AuthorizationRoutes(AuthorizeConnectionUseCase authorization, Supplier<URI> callbackUrl, ReturnUrls returnUrls,
            RequestBodies bodies, Replies replies) {
        this.authorization = authorization;
        this.callbackUrl = callbackUrl;
        this.returnUrls = returnUrls;
        this.bodies = bodies;
        this.replies = replies;
    }

    List<Route> routes() {
        return List.of(
                Route.of("POST", "/connections/{id}/authorize", Set.of(), Route.OpenParameters.NONE, this::start),
                Route.open("GET", CALLBACK_PATH, CALLBACK_PARAMETERS, this::callback));
    }

    /**
     * Body {@code {"connector", "settings": {...}, "secret_settings": {...}, "return_url"}}; answers the page and when
     * the offer ends.
     */
    private void start(Call call) throws Exception {
        JsonNode json = bodies.jsonObject(call.ctx()).orElseThrow(() -> ApiProblem.badRequest(
                "send the authorisation as a JSON object: {\"connector\", \"settings\": {...}, \"return_url\"}"));
        ConnectionBody body = ConnectionBody.of(json, START_FIELDS);
        String connector = body.text("connector");
        Map<String, String> settings = body.settings();
        URI returnUrl = body.optionalText("return_url").map(returnUrls::check).orElse(null);
        var started = authorization.start(call.connectionInPath(), connector, settings, body.secretSettings(),
                callbackUrl.get(), returnUrl);
        replies.ok(call.ctx(), new StartedJson(started.authorizeUrl(), started.expiresAt()));
    }

    /**
     * Completes or ends the authorisation the {@code state} names. A HEAD request (a link checker, a preview) uses
     * nothing up.
     */
    private void callback(Call call) throws Exception {
        if (call.ctx().req().getMethod().equals("HEAD")) {
            call.ctx().status(204);
            return;
        }
        String state = call.query().get("state").filter(value -> !value.isBlank()).orElseThrow(() ->
                ApiProblem.badRequest("the callback carries no 'state': open it only through the provider's redirect"));
        Outcome outcome;
        if (call.query().get("error").isPresent()) {
            outcome = authorization.refuse(state, call.query().get("error").get(),
                    call.query().get("error_description").orElse(null));
        } else {
            String code = call.query().get("code").filter(value -> !value.isBlank()).orElseThrow(() ->
                    ApiProblem.badRequest("the callback carries neither 'code' nor 'error'"));
            outcome = authorization.complete(state, code);
        }
        if (outcome.returnUrl().isPresent()) {
            call.ctx().status(303).header("Location", returnTo(outcome.returnUrl().get(), outcome).toString());
            return;
        }
        if (outcome.succeeded()) {
            replies.ok(call.ctx(), ConnectionRoutes.ConnectionJson.of(outcome.connected().get()));
            return;
        }
        throw new ApiProblem(400, "authorization-failed", "Authorization failed",
                "connection '" + outcome.connection().id().value() + "' was not connected: "
                        + outcome.error().get() + outcome.errorDescription().map(said -> ": " + said).orElse(""))
                .with("error", outcome.error().get());
    }

    /** @return the return URL with {@code connection_id} and {@code status=connected}, or {@code error} and its description */
    private static URI returnTo(URI returnUrl, Outcome outcome) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("connection_id", outcome.connection().id().value());
        if (outcome.succeeded()) {
            parameters.put("status", "connected");
        } else {
            parameters.put("error", outcome.error().get());
            outcome.errorDescription().ifPresent(said -> parameters.put("error_description", said));
        }
        String added = parameters.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String base = returnUrl.toString();
        return URI.create(base + (returnUrl.getRawQuery() == null ? "?" : "&") + added);
    }

    /** The provider's page for the customer, and when the offer ends. */
    record StartedJson(@JsonProperty("authorize_url") URI authorizeUrl, @JsonProperty("expires_at") Instant expiresAt) {
    }
}
