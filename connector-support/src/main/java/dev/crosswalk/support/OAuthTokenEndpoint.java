package dev.crosswalk.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A provider's OAuth 2.0 token endpoint (RFC 6749): the authorisation-code exchange with PKCE (section 4.1.3) and the
 * refresh grant (section 6), client authenticated by its secret in the form. Reads the standard token response
 * ({@code access_token}, {@code refresh_token}, {@code expires_in}, {@code scope}) and classifies a refusal (section
 * 5.2): {@code invalid_grant} and the provider's own codes for a dead grant mean the customer must authorise again;
 * {@code invalid_client} and {@code unauthorized_client} mean the operator's configuration is wrong. Nothing here is
 * retried; the caller's {@link ProviderCalls} decides. Thread-safe.
 *
 * @since 0.1
 */
public final class OAuthTokenEndpoint {

    private static final Set<String> CLIENT_REFUSALS = Set.of("invalid_client", "unauthorized_client");

    private final ProviderHttp http;
    private final ObjectMapper json;
    private final Clock clock;
    private final URI tokenUrl;
    private final String clientId;
    private final Secret clientSecret;
    private final Set<String> grantRefusals;
    private final Set<String> clientRefusals;

    /**
     * @param http the connector's HTTP client; never {@code null}
     * @param json the mapper to read responses with; never {@code null}
     * @param clock the host's clock, for issue and expiry times; never {@code null}
     * @param tokenUrl the token endpoint; never {@code null}
     * @param clientId the OAuth client id; never {@code null}
     * @param clientSecret the OAuth client secret; never {@code null}
     * @param providerGrantRefusals the provider's own error codes (in {@code error} or {@code status}) that mean the
     *     grant is gone, besides {@code invalid_grant}; never {@code null}
     * @param providerClientRefusals the provider's own error codes (in {@code error} or {@code status}) that mean the
     *     client id or secret is wrong, besides {@code invalid_client} and {@code unauthorized_client}; never
     *     {@code null}
     */
    public OAuthTokenEndpoint(ProviderHttp http, ObjectMapper json, Clock clock, URI tokenUrl, String clientId,
            Secret clientSecret, Set<String> providerGrantRefusals, Set<String> providerClientRefusals) {
        this.http = Objects.requireNonNull(http, "http");
        this.json = Objects.requireNonNull(json, "json");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tokenUrl = Objects.requireNonNull(tokenUrl, "tokenUrl");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
        this.grantRefusals = Set.copyOf(providerGrantRefusals);
        this.clientRefusals = Set.copyOf(providerClientRefusals);
    }

    /**
     * Exchanges an authorisation code for tokens (sent once: a code is good for one exchange).
     *
     * @param connection the connection being authorised, for messages; never {@code null}
     * @param code the authorisation code; never {@code null}
     * @param codeVerifier the PKCE verifier whose challenge was sent; never {@code null}
     * @param redirectUri the callback given with the authorisation request; never {@code null}
     * @return the tokens issued
     * @throws CrmFailure classified as the class documentation says
     */
    public OAuthTokens exchangeCode(ConnectionRef connection, String code, Secret codeVerifier, URI redirectUri) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri.toString());
        form.put("code_verifier", codeVerifier.reveal());
        return issue(connection, "exchange the authorisation code", form);
    }

    /**
     * Refreshes the access token (RFC 6749 section 6).
     *
     * @param connection the connection to refresh, for messages; never {@code null}
     * @param refreshToken its refresh token; never {@code null}
     * @return the tokens issued; a {@code null} refresh token when the provider did not rotate it
     * @throws CrmFailure classified as the class documentation says
     */
    public OAuthTokens refresh(ConnectionRef connection, Secret refreshToken) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken.reveal());
        return issue(connection, "refresh the access token", form);
    }

    private OAuthTokens issue(ConnectionRef connection, String action, Map<String, String> grant) {
        Map<String, String> form = new LinkedHashMap<>(grant);
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret.reveal());
        ProviderResponse response = http.send(connection, action, HttpRequest.newBuilder(tokenUrl)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(FormEncoding.encode(form))));
        if (!response.successful()) {
            throw refusal(connection, action, response);
        }
        return tokens(response.decode(json, JsonNode.class, http.provider(), action + " for connection "
                + connection), connection, action);
    }

    private OAuthTokens tokens(JsonNode body, ConnectionRef connection, String action) {
        Instant now = clock.instant();
        String access = body.path("access_token").asText("");
        if (access.isEmpty()) {
            throw new CrmFailure.Transient(http.provider() + " sent no access token to " + action + " for connection "
                    + connection, null, null);
        }
        OAuthTokens.Builder tokens = OAuthTokens.builder(now).accessToken(Secret.of(access));
        String refresh = body.path("refresh_token").asText("");
        if (!refresh.isEmpty()) {
            tokens.refreshToken(Secret.of(refresh));
        }
        if (body.path("expires_in").canConvertToLong() && body.path("expires_in").asLong() > 0) {
            tokens.expiresAt(now.plusSeconds(body.path("expires_in").asLong()));
        }
        return tokens.scopes(scopes(body)).build();
    }

    /** The standard {@code scope} string, or the array some providers send as {@code scopes}. */
    private static List<String> scopes(JsonNode body) {
        List<String> scopes = new ArrayList<>();
        if (body.path("scope").isTextual() && !body.path("scope").asText().isBlank()) {
            scopes.addAll(List.of(body.path("scope").asText().trim().split("\\s+")));
        }
        body.path("scopes").forEach(scope -> scopes.add(scope.asText()));
        return scopes;
    }

    private CrmFailure refusal(ConnectionRef connection, String action, ProviderResponse response) {
        JsonNode body = response.jsonOrMissing(json);
        String error = body.path("error").isTextual() ? body.path("error").asText() : null;
        String status = body.path("status").isTextual() ? body.path("status").asText() : null;
        String code = error != null ? error : status;
        String said = body.path("error_description").isTextual() ? body.path("error_description").asText()
                : body.path("message").asText("HTTP " + response.status());
        String message = http.provider() + " refused to " + action + " for connection " + connection + ": "
                + (status != null && !status.equals(code) ? status + ": " : "") + (code == null ? "" : code + ": ")
                + said;
        if (response.status() < 500 && response.status() != 429) {
            if (names(CLIENT_REFUSALS, error) || names(clientRefusals, error) || names(clientRefusals, status)) {
                return new CrmFailure.ConnectorMisconfigured(message + ". Check the connector's client_id and"
                        + " client_secret.", names(clientRefusals, status) ? status : code);
            }
            if ("invalid_grant".equals(error) || names(grantRefusals, error) || names(grantRefusals, status)) {
                return new CrmFailure.ReauthorizationRequired(message + ". The customer must authorise the"
                        + " connection again.", code);
            }
            // a token endpoint's 401 refuses the client or the grant, never an access token: not a refresh trigger
            return new CrmFailure.Rejected(message, code);
        }
        return Refusals.classify(response.status(), message, code, response.retryAfter(clock.instant()).orElse(null));
    }

    /** Immutable sets refuse to look for {@code null}: a code the body did not carry names nothing. */
    private static boolean names(Set<String> codes, String code) {
        return code != null && codes.contains(code);
    }
}
