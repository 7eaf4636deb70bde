package dev.crosswalk.connector.salesforce;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.GrantIdentity;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import dev.crosswalk.core.toolkit.token.TokenRefresher;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Issues tokens by the connection's grant: refresh token, JWT bearer or client credentials. Salesforce sends no
 * {@code expires_in}: expiry is estimated as the host's time of receipt plus the configured session timeout (never
 * from Salesforce's {@code issued_at}, so a host clock running apart from Salesforce's cannot make every call
 * refresh), and a refused token is refreshed at once anyway. The {@code instance_url} Salesforce returns travels with the tokens, so calls
 * follow an org that moved. Thread-safe.
 */
final class SalesforceTokenRefresher implements TokenRefresher {

    /** A connection may name its own login host (sandbox, My Domain) in this setting. */
    static final String LOGIN_URL_SETTING = "login_url";
    /** How a connection obtains tokens: {@code refresh_token} (default), {@code jwt_bearer}, {@code client_credentials}. */
    static final String GRANT_SETTING = "grant";
    /** The Salesforce user a {@code jwt_bearer} connection acts as. */
    static final String USERNAME_SETTING = "username";
    static final String REFRESH_TOKEN_GRANT = "refresh_token";
    static final String JWT_BEARER_GRANT = "jwt_bearer";
    static final String CLIENT_CREDENTIALS_GRANT = "client_credentials";
    private static final List<String> CONNECTION_SETTINGS = List.of(LOGIN_URL_SETTING, GRANT_SETTING, USERNAME_SETTING,
            ConnectedApps.CLIENT_ID);

    private static final List<String> TRUSTED_LOGIN_DOMAINS = List.of("salesforce.com", "force.com");

    private static final Pattern EPOCH_MILLIS = Pattern.compile("\\d{1,18}");
    private static final Pattern IDENTITY_PATH = Pattern.compile("/id/([A-Za-z0-9]{15,18})/([A-Za-z0-9]{15,18})/?$");

    private final SalesforceSettings settings;
    private final SalesforceOAuthApi oauth;
    private final SalesforceResponses responses;

    private final Clock clock;
    /** The operator's app read once, when the connector starts (the configuration check refused an unreadable key). */
    private final ConnectedApps apps;

    SalesforceTokenRefresher(SalesforceSettings settings, SalesforceOAuthApi oauth, SalesforceResponses responses,
            Clock clock) {
        this.settings = settings;
        this.apps = new ConnectedApps(settings);
        this.oauth = oauth;
        this.responses = responses;
        this.clock = clock;
    }

    /**
     * Issues new tokens by the connection's grant ({@value #GRANT_SETTING} setting): {@code refresh_token} (the
     * default, the refresh token the customer's authorisation gave), {@code jwt_bearer} (an assertion for the
     * {@value #USERNAME_SETTING} setting's user, signed with the connector's {@code jwt_private_key}) or
     * {@code client_credentials} (the Connected App's run-as user). The last two need no stored token at all. A
     * connection with its own Connected App ({@link ConnectedApps}) uses that app's credentials, never the operator's.
     */
    @Override
    public OAuthTokens refresh(Connection connection, OAuthTokens current) {
        URI loginUrl = loginUrl(connection);
        ConnectedApps.App app = apps.of(connection);
        Map<String, String> form = new LinkedHashMap<>();
        String grant = connection.settings().getOrDefault(GRANT_SETTING, REFRESH_TOKEN_GRANT);
        switch (grant) {
            case REFRESH_TOKEN_GRANT -> {
                Secret refreshToken = current.refresh().orElseThrow(() -> new CrmFailure.ReauthorizationRequired(
                        "connection " + connection.ref() + " has no refresh token; the customer must authorise it"
                                + " again", null));
                form.put("grant_type", "refresh_token");
                form.put("client_id", app.clientId());
                form.put("client_secret", ConnectedApps.clientSecret(app, connection.ref()).reveal());
                form.put("refresh_token", refreshToken.reveal());
            }
            case JWT_BEARER_GRANT -> {
                form.put("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer");
                form.put("assertion", assertion(connection, app, loginUrl));
            }
            case CLIENT_CREDENTIALS_GRANT -> {
                form.put("grant_type", "client_credentials");
                form.put("client_id", app.clientId());
                form.put("client_secret", ConnectedApps.clientSecret(app, connection.ref()).reveal());
            }
            default -> throw new CrmFailure.Rejected("connection " + connection.ref() + " names the grant '" + grant
                    + "'; use " + REFRESH_TOKEN_GRANT + ", " + JWT_BEARER_GRANT + " or " + CLIENT_CREDENTIALS_GRANT,
                    null);
        }
        return issue(connection, "refresh the access token", loginUrl, form);
    }

    /**
     * Posts {@code form} to the login host's token endpoint and reads the tokens it issues.
     *
     * @param action what the call is for, in messages ("refresh the access token")
     */
    OAuthTokens issue(Connection connection, String action, URI loginUrl, Map<String, String> form) {
        SalesforceWire.TokenResponse issued = responses.oauth(connection, action,
                () -> oauth.token(loginUrl, formEncode(form)), SalesforceWire.TokenResponse.class);
        if (issued.accessToken() == null || issued.accessToken().isEmpty()) {
            throw new CrmFailure.Transient("Salesforce's token response for connection " + connection.ref()
                    + " carried no access_token", null, null);
        }
        Instant issuedAt = issuedAt(issued).orElseGet(clock::instant);
        return OAuthTokens.builder(issuedAt)
                .accessToken(Secret.of(issued.accessToken()))
                .refreshToken(issued.refreshToken() == null || issued.refreshToken().isEmpty()
                        ? null : Secret.of(issued.refreshToken()))
                .expiresAt(clock.instant().plus(settings.sessionTimeout()))
                .instanceUrl(instanceUrl(issued.instanceUrl(), loginUrl).orElse(null))
                .identity(identity(issued.identityUrl()).orElse(null))
                .scopes(issued.scope() == null || issued.scope().isBlank() ? List.of()
                        : List.of(issued.scope().trim().split("\\s+")))
                .build();
    }

    /**
     * The instance URL Salesforce issued with the token, where the org's API now lives (an org may move). Tokens are
     * sent there, so only an https URL is taken (or http when the login host itself is http, as in local tests);
     * anything else is ignored and the connection keeps its current instance URL.
     */
    private static Optional<URI> instanceUrl(String issued, URI loginUrl) {
        if (issued == null || issued.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(issued.trim());
            boolean schemeAllowed = "https".equals(uri.getScheme())
                    || ("http".equals(uri.getScheme()) && "http".equals(loginUrl.getScheme()));
            if (!schemeAllowed || uri.getHost() == null || uri.getUserInfo() != null) {
                return Optional.empty();
            }
            return Optional.of(URI.create(uri.getScheme() + "://" + uri.getRawAuthority()));
        } catch (URISyntaxException malformed) {
            return Optional.empty();
        }
    }

    /**
     * The connector's login URL, or the connection's own (a sandbox or My Domain host). The client secret and refresh
     * token go to this host, so a connection's own URL must be https on a Salesforce domain or on the configured
     * login host; anything else is refused before a byte is sent.
     */
    private String assertion(Connection connection, ConnectedApps.App app, URI loginUrl) {
        String username = connection.settings().get(USERNAME_SETTING);
        if (username == null || username.isBlank()) {
            throw new CrmFailure.Rejected("connection " + connection.ref() + " uses the jwt_bearer grant but names no '"
                    + USERNAME_SETTING + "' setting: the Salesforce user it acts as", null);
        }
        PrivateKey key = app.jwtKey().orElseThrow(() -> new CrmFailure.Rejected("connection " + connection.ref()
                + " uses the jwt_bearer grant but " + (app.own() ? "its own Connected App has no jwt_private_key"
                        : "the salesforce connector has no jwt_private_key"), null));
        return JwtAssertion.sign(key, app.clientId(), username.strip(), loginUrl, clock.instant());
    }

    /** @return the login host of the connection: its own trusted {@code login_url} setting, or the connector's */
    URI loginUrl(Connection connection) {
        return loginUrl(connection.ref(), connection.settings());
    }

    /** @return the login host of a connection with these settings */
    URI loginUrl(ConnectionRef ref, Map<String, String> connectionSettings) {
        String own = connectionSettings.get(LOGIN_URL_SETTING);
        if (own == null) {
            return settings.loginUrl();
        }
        if (!trustedLoginUrl(own)) {
            throw refusedLoginUrl(ref);
        }
        return URI.create("https://" + URI.create(own).getRawAuthority());
    }

    /** @return the Connected Apps connections use */
    ConnectedApps apps() {
        return apps;
    }

    /** @return the problem of a connection's own {@code login_url}, if it is not trusted */
    Optional<String> loginUrlProblem(Map<String, String> connectionSettings) {
        String own = connectionSettings.get(LOGIN_URL_SETTING);
        return own == null || trustedLoginUrl(own) ? Optional.empty()
                : Optional.of("'login_url' must be an https URL on a Salesforce domain or the connector's login host");
    }

    /**
     * @return every problem of the settings of a connection meant to obtain tokens by its own grant: unknown keys,
     *     a grant other than {@code jwt_bearer} or {@code client_credentials}, what {@code jwt_bearer} needs, what its
     *     own Connected App lacks, an untrusted {@code login_url}
     */
    List<String> problemsConnectingByGrant(Map<String, String> connectionSettings,
            Map<String, Secret> secretSettings) {
        List<String> problems = new ArrayList<>();
        connectionSettings.keySet().stream().filter(key -> !CONNECTION_SETTINGS.contains(key)).sorted()
                .forEach(key -> problems.add(ConnectedApps.secretAmongSettings(key).orElse("'" + key
                        + "' is not a connection setting; the settings are " + String.join(", ",
                                CONNECTION_SETTINGS))));
        String grant = connectionSettings.get(GRANT_SETTING);
        if (grant == null) {
            problems.add("'grant' is required: " + JWT_BEARER_GRANT + " or " + CLIENT_CREDENTIALS_GRANT);
        } else if (grant.equals(REFRESH_TOKEN_GRANT)) {
            problems.add("a refresh_token connection comes from the customer's authorisation, not from settings; use "
                    + JWT_BEARER_GRANT + " or " + CLIENT_CREDENTIALS_GRANT);
        } else if (!grant.equals(JWT_BEARER_GRANT) && !grant.equals(CLIENT_CREDENTIALS_GRANT)) {
            problems.add("'grant' must be " + JWT_BEARER_GRANT + " or " + CLIENT_CREDENTIALS_GRANT + ", was '"
                    + grant + "'");
        }
        if (JWT_BEARER_GRANT.equals(grant)) {
            String username = connectionSettings.get(USERNAME_SETTING);
            if (username == null || username.isBlank()) {
                problems.add("'username' is required for " + JWT_BEARER_GRANT + ": the Salesforce user the"
                        + " connection acts as");
            }
            if (!connectionSettings.containsKey(ConnectedApps.CLIENT_ID) && settings.jwtPrivateKey().isEmpty()) {
                problems.add("the salesforce connector has no jwt_private_key to sign " + JWT_BEARER_GRANT
                        + " assertions; the operator configures it, or the connection brings its own Connected App"
                        + " ('client_id' with the secret setting 'jwt_private_key')");
            }
        }
        boolean byGrant = JWT_BEARER_GRANT.equals(grant) || CLIENT_CREDENTIALS_GRANT.equals(grant);
        problems.addAll(apps.problems(byGrant ? grant : null, connectionSettings, secretSettings));
        loginUrlProblem(connectionSettings).ifPresent(problems::add);
        return problems;
    }

    private boolean trustedLoginUrl(String own) {
        URI uri;
        try {
            uri = new URI(own);
        } catch (URISyntaxException malformed) {
            return false;
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        boolean trusted = host.equals(settings.loginUrl().getHost())
                || TRUSTED_LOGIN_DOMAINS.stream().anyMatch(domain -> host.endsWith("." + domain));
        return "https".equals(uri.getScheme()) && trusted && uri.getUserInfo() == null;
    }

    private static CrmFailure refusedLoginUrl(ConnectionRef ref) {
        return new CrmFailure.Rejected("the login_url of connection " + ref + " is not an https URL on a"
                + " Salesforce domain or the connector's login host; nothing was sent to it", null);
    }

    /** @return the org and user of Salesforce's identity URL ({@code https://login.../id/<org id>/<user id>}) */
    private static Optional<GrantIdentity> identity(String identityUrl) {
        Matcher ids = identityUrl == null ? null : IDENTITY_PATH.matcher(identityUrl);
        return ids != null && ids.find() ? Optional.of(new GrantIdentity(ids.group(1), ids.group(2)))
                : Optional.empty();
    }

    /** Salesforce always sends {@code issued_at}; if it ever does not, the grant is still kept, dated now. */
    private static Optional<Instant> issuedAt(SalesforceWire.TokenResponse issued) {
        String millis = issued.issuedAt();
        if (millis == null || !EPOCH_MILLIS.matcher(millis).matches()) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochMilli(Long.parseLong(millis)));
    }

    static String formEncode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
