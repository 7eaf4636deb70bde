package dev.crosswalk.connector.hubspot;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.port.out.crm.AuthorizationPort;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import dev.crosswalk.core.port.out.crm.GrantPort;
import dev.crosswalk.core.toolkit.retry.CrmRetry;
import dev.crosswalk.core.toolkit.token.TokenRefresher;
import dev.crosswalk.support.FormEncoding;
import dev.crosswalk.support.OAuthTokenEndpoint;
import dev.crosswalk.support.ProviderHttp;
import dev.crosswalk.support.ProviderResponse;
import dev.crosswalk.support.Refusals;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The connector's side of HubSpot's OAuth 2.0: the customer's authorisation (authorisation code with PKCE), the
 * refresh of its access tokens (HubSpot sends {@code expires_in}; its refresh tokens normally last), and the
 * revocation of its refresh token when the connection is deleted. A private-app connection holds only a token that
 * never expires: when HubSpot refuses it, the customer must create a new one, so it is never "refreshed". Needs the
 * connector's {@code client_id} and {@code client_secret} for everything but private-app connections. Thread-safe.
 */
final class HubSpotOAuth implements TokenRefresher, AuthorizationPort, GrantPort {

    /** The secret setting of a private-app connection: the app's access token ({@code pat-...}). */
    static final String PRIVATE_APP_TOKEN = "private_app_token";

    /** HubSpot's own code for a refresh token it no longer knows (older bodies carry only this). */
    private static final Set<String> GRANT_REFUSALS = Set.of("BAD_REFRESH_TOKEN");
    /** HubSpot's own codes for a wrong client id or secret, sent beside {@code error=invalid_request}. */
    private static final Set<String> CLIENT_REFUSALS = Set.of("BAD_CLIENT_ID", "BAD_CLIENT_SECRET");

    private final HubSpotSettings settings;
    private final ProviderHttp http;
    private final CrmRetry retry;
    private final Clock clock;
    private final Optional<OAuthTokenEndpoint> endpoint;

    HubSpotOAuth(HubSpotSettings settings, ProviderHttp http, CrmRetry retry, Clock clock,
            ObjectMapper json) {
        this.settings = settings;
        this.http = http;
        this.retry = retry;
        this.clock = clock;
        this.endpoint = settings.clientId().flatMap(id -> settings.clientSecret().map(secret ->
                new OAuthTokenEndpoint(http, json, clock, settings.api("/oauth/v1/token"), id, secret,
                        GRANT_REFUSALS, CLIENT_REFUSALS)));
    }

    /**
     * Refreshes an OAuth connection's access token. A private-app connection's token comes from its secret setting
     * the first time; HubSpot refusing it later ends the connection until the customer gives a new one.
     */
    @Override
    public OAuthTokens refresh(Connection connection, OAuthTokens current) {
        Optional<Secret> privateAppToken = Optional.ofNullable(connection.secretSettings().get(PRIVATE_APP_TOKEN));
        if (current.refresh().isEmpty() && current.access().isEmpty() && privateAppToken.isPresent()) {
            return OAuthTokens.builder(clock.instant()).accessToken(privateAppToken.get())
                    .instanceUrl(settings.apiUrl()).build();
        }
        Secret refreshToken = current.refresh().orElseThrow(() -> new CrmFailure.ReauthorizationRequired(
                current.access().isPresent()
                        ? "HubSpot refused the private-app token of connection " + connection.ref() + "; the customer"
                                + " must create a new token in HubSpot and connect again"
                        : "connection " + connection.ref() + " holds no HubSpot token; the customer must authorise"
                                + " it", null));
        return endpoint(connection.ref()).refresh(connection.ref(), refreshToken);
    }

    /** A connection by grant is a private-app connection: its one setting is the token, a secret. */
    List<String> problemsConnectingByGrant(Map<String, String> connectionSettings, Map<String, Secret> secrets) {
        List<String> problems = new ArrayList<>();
        connectionSettings.keySet().stream().sorted().forEach(key -> problems.add("'" + key + "' is not a setting of"
                + " a HubSpot private-app connection; it takes only the secret setting " + PRIVATE_APP_TOKEN));
        secrets.keySet().stream().filter(key -> !PRIVATE_APP_TOKEN.equals(key)).sorted().forEach(key -> problems.add(
                "'" + key + "' is not a secret setting of a HubSpot private-app connection; it takes only "
                        + PRIVATE_APP_TOKEN));
        Secret token = secrets.get(PRIVATE_APP_TOKEN);
        if (token == null) {
            problems.add("a HubSpot connection made without the customer's authorisation is a private-app connection:"
                    + " give the app's token as the secret setting " + PRIVATE_APP_TOKEN);
        } else if (!token.reveal().chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            problems.add("the secret setting " + PRIVATE_APP_TOKEN + " holds spaces, line breaks or other characters"
                    + " a HubSpot token never has");
        }
        return problems;
    }

    @Override
    public List<String> problemsAuthorizing(Map<String, String> connectionSettings) {
        List<String> problems = new ArrayList<>();
        connectionSettings.keySet().stream().sorted().forEach(key -> problems.add("'" + key + "' is not a setting"
                + " of a HubSpot connection; it takes none"));
        if (endpoint.isEmpty()) {
            problems.add("the HubSpot connector has no client_id and client_secret configured, so customers cannot"
                    + " authorise connections; the operator must set them");
        }
        return problems;
    }

    @Override
    public URI authorizeUrl(ConnectionRef connection, Map<String, String> connectionSettings, URI redirectUri,
            String state, String codeChallenge) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", settings.clientId().orElseThrow());
        query.put("redirect_uri", redirectUri.toString());
        query.put("scope", settings.oauthScopes());
        query.put("state", state);
        query.put("code_challenge", codeChallenge);
        query.put("code_challenge_method", "S256");
        String base = settings.authorizeUrl().toString();
        return URI.create(base + (base.contains("?") ? "&" : "?") + FormEncoding.encode(query));
    }

    @Override
    public OAuthTokens exchange(ConnectionRef connection, Map<String, String> connectionSettings, String code,
            Secret codeVerifier, URI redirectUri) {
        OAuthTokens issued = endpoint(connection).exchangeCode(connection, code, codeVerifier, redirectUri);
        return issued.toBuilder().instanceUrl(settings.apiUrl()).build();
    }

    /**
     * Deletes the refresh token at HubSpot, which ends the grant. One HubSpot no longer knows counts as revoked; a
     * private-app connection has nothing Crosswalk can revoke (the customer deletes the app in HubSpot).
     */
    @Override
    public void revoke(Connection connection, OAuthTokens tokens) {
        Optional<Secret> refreshToken = tokens.refresh();
        if (refreshToken.isEmpty()) {
            return;
        }
        String path = "/oauth/v1/refresh-tokens/"
                + URLEncoder.encode(refreshToken.get().reveal(), StandardCharsets.UTF_8).replace("+", "%20");
        retry.call(connection.ref(), () -> {
            ProviderResponse response = http.send(connection.ref(), "revoke the grant",
                    HttpRequest.newBuilder(settings.api(path)).DELETE());
            if (response.successful() || response.status() == 404 || response.status() == 400) {
                return null;
            }
            String refused = "HubSpot refused to revoke the grant of connection " + connection.ref() + ": HTTP "
                    + response.status();
            throw response.status() >= 500 || response.status() == 429
                    ? Refusals.classify(response.status(), refused, null, null)
                    : new CrmFailure.Rejected(refused, null);
        });
    }

    private OAuthTokenEndpoint endpoint(ConnectionRef connection) {
        return endpoint.orElseThrow(() -> new CrmFailure.ConnectorMisconfigured("connection " + connection
                + " needs the HubSpot connector's client_id and client_secret, which are not configured", null));
    }
}
