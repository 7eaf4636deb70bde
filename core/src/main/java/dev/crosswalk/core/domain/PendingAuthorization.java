package dev.crosswalk.core.domain;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's authorisation in progress (OAuth Authorization Code with PKCE): what Crosswalk remembers between
 * sending the customer to the provider and the provider sending them back. Identified by its {@code state}, used once.
 * Immutable and thread-safe.
 *
 * @param state the random, unguessable {@code state} sent to the provider; never {@code null}
 * @param connection the connection the authorisation creates or reconnects; never {@code null}
 * @param connectorKind the connector, such as {@code salesforce}; never {@code null}
 * @param settings the connection's settings (never secrets); never {@code null}
 * @param secretSettings the connection's secret settings (such as its own provider app's client secret), kept
 *     encrypted by the store; never {@code null}
 * @param codeVerifier the PKCE code verifier, whose S256 challenge went to the provider; never {@code null}
 * @param redirectUri the callback the provider sends the customer back to; never {@code null}
 * @param returnUrl where the customer goes once the connection is stored, if the caller gave one
 * @param expiresAt when the state stops being accepted; never {@code null}
 * @since 0.1
 */
public record PendingAuthorization(String state, ConnectionRef connection, String connectorKind,
        Map<String, String> settings, Map<String, Secret> secretSettings, Secret codeVerifier, URI redirectUri, Optional<URI> returnUrl,
        Instant expiresAt) {

    public PendingAuthorization {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(connectorKind, "connectorKind");
        settings = Map.copyOf(settings);
        secretSettings = Map.copyOf(secretSettings);
        Objects.requireNonNull(codeVerifier, "codeVerifier");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(returnUrl, "returnUrl");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /**
     * An authorisation whose connection has no secret settings.
     *
     * @param state the {@code state} sent to the provider; never {@code null}
     * @param connection the connection it creates or reconnects; never {@code null}
     * @param connectorKind the connector; never {@code null}
     * @param settings the connection's settings; never {@code null}
     * @param codeVerifier the PKCE code verifier; never {@code null}
     * @param redirectUri the callback; never {@code null}
     * @param returnUrl where the customer goes once the connection is stored, if given
     * @param expiresAt when the state stops being accepted; never {@code null}
     */
    public PendingAuthorization(String state, ConnectionRef connection, String connectorKind,
            Map<String, String> settings, Secret codeVerifier, URI redirectUri, Optional<URI> returnUrl,
            Instant expiresAt) {
        this(state, connection, connectorKind, settings, Map.of(), codeVerifier, redirectUri, returnUrl, expiresAt);
    }

    /**
     * @param now the current time; never {@code null}
     * @return whether the state is past its lifetime
     */
    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "PendingAuthorization[" + connection + " " + connectorKind + " until " + expiresAt + "]";
    }
}
