package dev.crosswalk.connector.salesforce;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.port.out.crm.AuthorizationPort;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Salesforce's web-server flow with PKCE: the customer signs in and allows access on the login host's
 * {@code /services/oauth2/authorize} page (the connector's login host, or the connection's own sandbox or My Domain
 * {@code login_url}); the code comes back to the callback and is exchanged at {@code /services/oauth2/token} with the
 * Connected App's secret and the code verifier. The exchange is sent once, never retried: a code is good for one.
 * Thread-safe.
 */
final class SalesforceAuthorization implements AuthorizationPort {

    private static final List<String> SETTINGS = List.of(SalesforceTokenRefresher.LOGIN_URL_SETTING,
            ConnectedApps.CLIENT_ID);

    private final SalesforceSettings settings;
    private final SalesforceTokenRefresher tokens;

    SalesforceAuthorization(SalesforceSettings settings, SalesforceTokenRefresher tokens) {
        this.settings = settings;
        this.tokens = tokens;
    }

    @Override
    public List<String> problemsAuthorizing(Map<String, String> connectionSettings) {
        return problemsAuthorizing(connectionSettings, Map.of());
    }

    /** A connection's own Connected App: its {@code client_id} setting and its {@code client_secret} secret setting. */
    @Override
    public List<String> problemsAuthorizing(Map<String, String> connectionSettings,
            Map<String, Secret> secretSettings) {
        List<String> problems = new ArrayList<>();
        connectionSettings.keySet().stream().filter(key -> !SETTINGS.contains(key)).sorted()
                .forEach(key -> problems.add(ConnectedApps.secretAmongSettings(key).orElse("'" + key
                        + "' is not a setting of a connection the customer authorises; it takes "
                        + String.join(", ", SETTINGS))));
        problems.addAll(tokens.apps().problems(SalesforceTokenRefresher.REFRESH_TOKEN_GRANT, connectionSettings,
                secretSettings));
        tokens.loginUrlProblem(connectionSettings).ifPresent(problems::add);
        return problems;
    }

    @Override
    public URI authorizeUrl(ConnectionRef connection, Map<String, String> connectionSettings, URI redirectUri,
            String state, String codeChallenge) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", tokens.apps().of(connectionSettings, Map.of()).clientId());
        query.put("redirect_uri", redirectUri.toString());
        query.put("scope", settings.oauthScopes());
        query.put("state", state);
        query.put("code_challenge", codeChallenge);
        query.put("code_challenge_method", "S256");
        URI loginUrl = tokens.loginUrl(connection, connectionSettings);
        return URI.create(withoutTrailingSlash(loginUrl) + "/services/oauth2/authorize?"
                + SalesforceTokenRefresher.formEncode(query));
    }

    @Override
    public OAuthTokens exchange(ConnectionRef connection, Map<String, String> connectionSettings, String code,
            Secret codeVerifier, URI redirectUri) {
        return exchange(connection, connectionSettings, Map.of(), code, codeVerifier, redirectUri);
    }

    /** With the connection's own Connected App when it has one, never the operator's. */
    @Override
    public OAuthTokens exchange(ConnectionRef connection, Map<String, String> connectionSettings,
            Map<String, Secret> secretSettings, String code, Secret codeVerifier, URI redirectUri) {
        URI loginUrl = tokens.loginUrl(connection, connectionSettings);
        ConnectedApps.App app = tokens.apps().of(connectionSettings, secretSettings);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("client_id", app.clientId());
        form.put("client_secret", ConnectedApps.clientSecret(app, connection).reveal());
        form.put("redirect_uri", redirectUri.toString());
        form.put("code_verifier", codeVerifier.reveal());
        Connection authorizing = Connection.builder(connection, SalesforceConnectorFactory.KIND, loginUrl)
                .settings(connectionSettings).secretSettings(secretSettings).build();
        return tokens.issue(authorizing, "exchange the authorisation code", loginUrl, form);
    }

    /** {@code OAUTH_APP_BLOCKED} says what the org's admin must install and where. */
    @Override
    public String explainRefusal(String error, String description) {
        String said = description == null ? error : description;
        return "OAUTH_APP_BLOCKED".equals(error) ? said + ". " + SalesforceResponses.APP_NOT_INSTALLED : said;
    }

    private static String withoutTrailingSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
