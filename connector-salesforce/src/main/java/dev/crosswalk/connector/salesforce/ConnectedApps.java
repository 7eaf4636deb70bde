package dev.crosswalk.connector.salesforce;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which Connected App a connection's tokens are issued to. By default the operator's (the connector's
 * {@code client_id}, {@code client_secret} and {@code jwt_private_key}); a connection with its own {@value #CLIENT_ID}
 * setting uses the customer's own app instead, with its {@value #CLIENT_SECRET} (authorisation code, refresh, client
 * credentials) or its {@value #JWT_PRIVATE_KEY} (JWT bearer) among its secret settings, and never the operator's.
 * Thread-safe; no message quotes a secret.
 */
final class ConnectedApps {

    /** The consumer key of the connection's own Connected App (a setting, not secret). */
    static final String CLIENT_ID = "client_id";
    /** Its consumer secret (a secret setting). */
    static final String CLIENT_SECRET = "client_secret";
    /** The PKCS#8 PEM key whose certificate is uploaded to it, for jwt_bearer (a secret setting). */
    static final String JWT_PRIVATE_KEY = "jwt_private_key";
    static final List<String> SECRET_SETTINGS = List.of(CLIENT_SECRET, JWT_PRIVATE_KEY);

    /**
     * The app a call is made with.
     *
     * @param clientSecret its consumer secret; empty for a connection's own app under jwt_bearer
     * @param jwtKey the key that signs its JWT bearer assertions, if it has one
     * @param own whether it is the connection's own app rather than the operator's
     */
    record App(String clientId, Optional<Secret> clientSecret, Optional<PrivateKey> jwtKey, boolean own) {
    }

    private final App operator;

    ConnectedApps(SalesforceSettings settings) {
        this.operator = new App(settings.clientId(), Optional.of(settings.clientSecret()),
                settings.jwtPrivateKey().map(JwtAssertion::privateKey), false);
    }

    /** @return the app of a connection with these settings (already checked by {@link #problems}) */
    App of(Map<String, String> settings, Map<String, Secret> secretSettings) {
        String own = settings.get(CLIENT_ID);
        if (own == null) {
            return operator;
        }
        return new App(own.strip(), Optional.ofNullable(secretSettings.get(CLIENT_SECRET)),
                Optional.ofNullable(secretSettings.get(JWT_PRIVATE_KEY)).map(JwtAssertion::privateKey), true);
    }

    /** @return the app of the connection */
    App of(Connection connection) {
        return of(connection.settings(), connection.secretSettings());
    }

    /** @return its consumer secret; @throws CrmFailure.Rejected when the connection's own app has none */
    static Secret clientSecret(App app, ConnectionRef ref) {
        return app.clientSecret().orElseThrow(() -> new CrmFailure.Rejected("connection " + ref + " uses its own"
                + " Connected App but has no '" + CLIENT_SECRET + "' secret setting", null));
    }

    /**
     * @param grant how the connection obtains tokens: {@code refresh_token} (the customer's authorisation),
     *     {@code jwt_bearer}, {@code client_credentials}, or {@code null} when unknown (another problem says so)
     * @return every problem of the connection's own app: secret settings this connector does not take, or that need
     *     the {@value #CLIENT_ID} setting, or that the grant needs or does not use; never a secret's value
     */
    List<String> problems(String grant, Map<String, String> settings, Map<String, Secret> secretSettings) {
        List<String> problems = new ArrayList<>();
        secretSettings.keySet().stream().filter(name -> !SECRET_SETTINGS.contains(name)).sorted()
                .forEach(name -> problems.add("'" + name + "' is not a secret setting; the secret settings are "
                        + String.join(", ", SECRET_SETTINGS)));
        String clientId = settings.get(CLIENT_ID);
        if (clientId == null) {
            SECRET_SETTINGS.stream().filter(secretSettings::containsKey).forEach(name -> problems.add("'" + name
                    + "' belongs to the connection's own Connected App: give its consumer key as the '" + CLIENT_ID
                    + "' setting too"));
            return problems;
        }
        if (clientId.isBlank()) {
            problems.add("'" + CLIENT_ID + "' must be the consumer key of the connection's own Connected App");
        }
        boolean jwt = SalesforceTokenRefresher.JWT_BEARER_GRANT.equals(grant);
        String needed = jwt ? JWT_PRIVATE_KEY : CLIENT_SECRET;
        String unused = jwt ? CLIENT_SECRET : JWT_PRIVATE_KEY;
        if (grant != null && !secretSettings.containsKey(needed)) {
            problems.add("'" + needed + "' is required among the secret settings with '" + CLIENT_ID + "': "
                    + (jwt ? "the PKCS#8 PEM private key whose certificate is uploaded to the connection's own"
                            + " Connected App" : "the consumer secret of the connection's own Connected App"));
        }
        if (grant != null && secretSettings.containsKey(unused)) {
            problems.add("'" + unused + "' is not used by " + (grant.equals(SalesforceTokenRefresher.REFRESH_TOKEN_GRANT)
                    ? "the customer's authorisation" : grant) + "; leave it out");
        }
        Secret key = secretSettings.get(JWT_PRIVATE_KEY);
        if (key != null && !JwtAssertion.readable(key.reveal())) {
            problems.add("'" + JWT_PRIVATE_KEY + "' is not a PKCS#8 RSA private key in PEM (-----BEGIN PRIVATE"
                    + " KEY-----)");
        }
        return problems;
    }

    /** @return the problem of a secret put among the plain settings, if {@code key} is one */
    static Optional<String> secretAmongSettings(String key) {
        return SECRET_SETTINGS.contains(key) ? Optional.of("'" + key + "' is secret: send it among the secret"
                + " settings, which are stored encrypted, never among the settings") : Optional.empty();
    }
}
