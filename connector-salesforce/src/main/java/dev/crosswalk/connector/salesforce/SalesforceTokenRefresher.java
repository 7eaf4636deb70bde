package dev.crosswalk.connector.salesforce;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.port.out.CrmFailure;
import dev.crosswalk.core.toolkit.token.TokenRefresher;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Refreshes with the {@code refresh_token} grant. Salesforce sends no {@code expires_in}: expiry is estimated as
 * {@code issued_at} plus the configured session timeout, and a refused token is refreshed at once anyway.
 */
final class SalesforceTokenRefresher implements TokenRefresher {

    /** A connection may name its own login host (sandbox, My Domain) in this setting. */
    static final String LOGIN_URL_SETTING = "login_url";

    private static final Pattern EPOCH_MILLIS = Pattern.compile("\\d{1,18}");

    private final SalesforceSettings settings;
    private final SalesforceOAuthApi oauth;
    private final SalesforceResponses responses;

    SalesforceTokenRefresher(SalesforceSettings settings, SalesforceOAuthApi oauth, SalesforceResponses responses) {
        this.settings = settings;
        this.oauth = oauth;
        this.responses = responses;
    }

    @Override
    public OAuthTokens refresh(Connection connection, OAuthTokens current) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("client_id", settings.clientId());
        form.put("client_secret", settings.clientSecret().reveal());
        form.put("refresh_token", current.refreshToken().reveal());
        SalesforceWire.TokenResponse issued = responses.oauth(
                connection, () -> oauth.token(loginUrl(connection), formEncode(form)), SalesforceWire.TokenResponse.class);
        if (issued.accessToken() == null || issued.accessToken().isEmpty()) {
            throw new CrmFailure.Transient("Salesforce's token response for connection " + connection.ref()
                    + " carried no access_token", null, null);
        }
        Instant issuedAt = issuedAt(issued);
        return new OAuthTokens(
                Secret.of(issued.accessToken()),
                issued.refreshToken() == null || issued.refreshToken().isEmpty() ? null : Secret.of(issued.refreshToken()),
                issuedAt,
                issuedAt.plus(settings.sessionTimeout()));
    }

    private URI loginUrl(Connection connection) {
        String own = connection.settings().get(LOGIN_URL_SETTING);
        return own == null ? settings.loginUrl() : URI.create(own);
    }

    private static Instant issuedAt(SalesforceWire.TokenResponse issued) {
        String millis = issued.issuedAt();
        if (millis == null || !EPOCH_MILLIS.matcher(millis).matches()) {
            throw new CrmFailure.Transient("Salesforce's token response carried no valid issued_at", null, null);
        }
        return Instant.ofEpochMilli(Long.parseLong(millis));
    }

    private static String formEncode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
