package dev.crosswalk.core.port.out.crm;

import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.Secret;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The provider's side of the OAuth Authorization Code flow with PKCE (S256): where to send the customer, and how to
 * turn the code they come back with into tokens. Optional for a connector ({@link CrmPorts#authorization()}).
 * Implementations are thread-safe; core keeps the state and the code verifier.
 *
 * @since 0.1
 */
public interface AuthorizationPort {

    /**
     * @param settings the settings the connection will have (such as its own login host); never {@code null}
     * @return every problem of the settings for a connection made by the customer's authorisation, one sentence
     *     each; empty when they can work
     */
    List<String> problemsAuthorizing(Map<String, String> settings);

    /**
     * Like {@link #problemsAuthorizing(Map)}, for a connection that also has secret settings (such as the client
     * secret of the customer's own provider app). Never quotes a secret's value. By default the connector takes no
     * secret settings, so each one given is a problem.
     *
     * @param settings the settings the connection will have; never {@code null}
     * @param secretSettings its secret settings by name; never {@code null}
     * @return every problem of both at once, one sentence each; empty when they can work
     * @since 0.1
     */
    default List<String> problemsAuthorizing(Map<String, String> settings, Map<String, Secret> secretSettings) {
        List<String> problems = new ArrayList<>(problemsAuthorizing(settings));
        problems.addAll(CrmPorts.noSecretSettings(secretSettings));
        return problems;
    }

    /**
     * @param connection the connection being authorised, for messages; never {@code null}
     * @param settings the connection's settings, already checked by {@link #problemsAuthorizing}; never {@code null}
     * @param redirectUri the callback the provider sends the customer back to; never {@code null}
     * @param state the value the provider echoes back; never {@code null}
     * @param codeChallenge the base64url SHA-256 of the code verifier (PKCE S256); never {@code null}
     * @return the provider's authorisation page, with every parameter the flow needs
     */
    URI authorizeUrl(ConnectionRef connection, Map<String, String> settings, URI redirectUri, String state,
            String codeChallenge);

    /**
     * Exchanges the code the customer came back with for tokens. Not retried: a code is good for one exchange.
     *
     * @param connection the connection being authorised, for messages; never {@code null}
     * @param settings its settings, as given to {@link #authorizeUrl}; never {@code null}
     * @param code the authorisation code; never {@code null}
     * @param codeVerifier the PKCE verifier whose challenge was sent; never {@code null}
     * @param redirectUri the same callback as given to {@link #authorizeUrl}; never {@code null}
     * @return the tokens, carrying the instance URL the account's API lives at
     * @throws CrmFailure when the provider refused the code (invalid, expired, already used) or could not be reached
     */
    OAuthTokens exchange(ConnectionRef connection, Map<String, String> settings, String code, Secret codeVerifier,
            URI redirectUri);

    /**
     * Like {@link #exchange(ConnectionRef, Map, String, Secret, URI)}, for a connection with secret settings (such as
     * its own provider app, whose credentials then exchange the code). Not retried. By default the secret settings are
     * ignored: a connector that takes none refuses them in {@link #problemsAuthorizing(Map, Map)} first.
     *
     * @param connection the connection being authorised, for messages; never {@code null}
     * @param settings its settings; never {@code null}
     * @param secretSettings its secret settings, already checked by {@link #problemsAuthorizing(Map, Map)}; never
     *     {@code null}
     * @param code the authorisation code; never {@code null}
     * @param codeVerifier the PKCE verifier whose challenge was sent; never {@code null}
     * @param redirectUri the same callback as given to {@link #authorizeUrl}; never {@code null}
     * @return the tokens, carrying the instance URL the account's API lives at
     * @throws CrmFailure when the provider refused the code or could not be reached
     * @since 0.1
     */
    default OAuthTokens exchange(ConnectionRef connection, Map<String, String> settings,
            Map<String, Secret> secretSettings, String code, Secret codeVerifier, URI redirectUri) {
        return exchange(connection, settings, code, codeVerifier, redirectUri);
    }

    /**
     * Explains an error the provider sent back instead of a code, for the customer or their admin.
     *
     * @param error the provider's {@code error}; never {@code null}
     * @param description its {@code error_description}; may be {@code null}
     * @return what to tell them, saying what to do where the connector knows; by default the provider's description
     */
    default String explainRefusal(String error, String description) {
        return description == null ? error : description;
    }
}
