package dev.crosswalk.connector.salesforce;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.port.out.crm.GrantPort;
import dev.crosswalk.core.toolkit.retry.CrmRetry;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Revokes a connection's grant at its login host ({@code POST /services/oauth2/revoke}): the refresh token when one is
 * stored, which takes its access tokens with it, otherwise the access token. Retried like every call. Thread-safe.
 */
final class SalesforceGrants implements GrantPort {

    private final SalesforceOAuthApi oauth;
    private final SalesforceResponses responses;
    private final SalesforceTokenRefresher loginHosts;
    private final CrmRetry retry;

    SalesforceGrants(SalesforceOAuthApi oauth, SalesforceResponses responses, SalesforceTokenRefresher loginHosts,
            CrmRetry retry) {
        this.oauth = oauth;
        this.responses = responses;
        this.loginHosts = loginHosts;
        this.retry = retry;
    }

    @Override
    public void revoke(Connection connection, OAuthTokens tokens) {
        Secret token = tokens.refresh().or(tokens::access).orElse(null);
        if (token == null) {
            return; // nothing was ever issued, so nothing can be revoked
        }
        String form = "token=" + URLEncoder.encode(token.reveal(), StandardCharsets.UTF_8);
        retry.call(() -> {
            responses.revocation(connection, () -> oauth.revoke(loginHosts.loginUrl(connection), form));
            return null;
        });
    }
}
