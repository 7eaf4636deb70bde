package dev.crosswalk.core.port.in;

import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.Secret;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Connects a tenant's CRM account by the customer's authorisation (OAuth Authorization Code with PKCE S256):
 * {@link #start} returns the provider's page to send the customer to; the provider sends them back to the callback
 * with a code, which {@link #complete} exchanges for tokens and stores with the connection. Each {@code state} is
 * random, bound to the tenant and connection, used once and short-lived. Thread-safe; any node of a cluster may
 * complete what another started.
 *
 * @since 0.1
 */
public interface AuthorizeConnectionUseCase {

    /**
     * Starts an authorisation. Reconnecting an existing connection this way keeps its id and, once completed, makes it
     * active again with the new grant.
     *
     * @param connection the tenant's connection id to create or reconnect; never {@code null}
     * @param connectorKind the connector, such as {@code salesforce}; never {@code null}
     * @param settings the connection's settings (never secrets); never {@code null}
     * @param redirectUri the callback the provider sends the customer back to, as registered with the provider's app;
     *     never {@code null}
     * @param returnUrl where to send the customer once done, already checked by the caller; may be {@code null}
     * @return the page to send the customer to
     * @throws UseCaseException.ConnectorNotInstalled when no such connector is installed
     * @throws UseCaseException.CapabilityUnavailable when the connector cannot connect by authorisation
     * @throws UseCaseException.InvalidRequest naming every problem of the settings at once
     * @throws IllegalArgumentException when the tenant does not exist
     */
    Started start(ConnectionRef connection, String connectorKind, Map<String, String> settings, URI redirectUri,
            URI returnUrl);

    /**
     * Like {@link #start(ConnectionRef, String, Map, URI, URI)}, with secret settings too (for Salesforce, the
     * {@code client_secret} of the customer's own Connected App, named by the {@code client_id} setting): the code is
     * then exchanged with them, and the connection keeps them, encrypted like tokens. Until the callback they are kept
     * encrypted with the state. Reconnecting replaces a connection's secret settings with these.
     *
     * @param connection the tenant's connection id to create or reconnect; never {@code null}
     * @param connectorKind the connector; never {@code null}
     * @param settings the connection's settings (never secrets); never {@code null}
     * @param secretSettings its secret settings by name; never {@code null}, often empty
     * @param redirectUri the callback the provider sends the customer back to; never {@code null}
     * @param returnUrl where to send the customer once done, already checked by the caller; may be {@code null}
     * @return the page to send the customer to
     * @throws UseCaseException.ConnectorNotInstalled when no such connector is installed
     * @throws UseCaseException.CapabilityUnavailable when the connector cannot connect by authorisation
     * @throws UseCaseException.InvalidRequest naming every problem of the settings and secret settings at once (never
     *     a secret's value)
     * @throws IllegalArgumentException when the tenant does not exist
     * @since 0.1
     */
    default Started start(ConnectionRef connection, String connectorKind, Map<String, String> settings,
            Map<String, Secret> secretSettings, URI redirectUri, URI returnUrl) {
        if (!secretSettings.isEmpty()) {
            throw new UseCaseException.InvalidRequest("this host stores no secret settings", List.of());
        }
        return start(connection, connectorKind, settings, redirectUri, returnUrl);
    }

    /**
     * Completes an authorisation with the code the provider sent back: exchanges it (with the PKCE verifier) and
     * stores the connection, active, with its tokens. The state is used up whatever happens.
     *
     * @param state the {@code state} the provider sent back; never {@code null}
     * @param code the {@code code} it sent; never {@code null}
     * @return the outcome, a failure of the exchange included
     * @throws UseCaseException.UnknownAuthorization when the state was never issued, is used up or expired
     */
    Outcome complete(String state, String code);

    /**
     * Ends an authorisation the provider sent back with an error instead of a code (the customer denied it, the
     * provider's app is not installed): the state is used up and nothing is stored.
     *
     * @param state the {@code state} the provider sent back; never {@code null}
     * @param error the provider's {@code error}; never {@code null}
     * @param description its {@code error_description}; may be {@code null}
     * @return the outcome, a failure
     * @throws UseCaseException.UnknownAuthorization when the state was never issued, is used up or expired
     */
    Outcome refuse(String state, String error, String description);

    /**
     * An authorisation started.
     *
     * @param authorizeUrl the provider's page to send the customer to; never {@code null}
     * @param expiresAt the time by which the customer must come back; never {@code null}
     */
    record Started(URI authorizeUrl, Instant expiresAt) {
        public Started {
            Objects.requireNonNull(authorizeUrl, "authorizeUrl");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }
    }

    /**
     * How an authorisation ended.
     *
     * @param connection the connection it was for; never {@code null}
     * @param connected the stored connection when it succeeded; empty when it failed
     * @param error a short code saying why it failed ({@code access_denied}, {@code token_exchange_failed} or the
     *     provider's own); empty when it succeeded
     * @param errorDescription a sentence for people, when it failed
     * @param returnUrl where to send the customer, as given to {@link #start}
     */
    record Outcome(ConnectionRef connection, Optional<ConnectionOverview> connected, Optional<String> error,
            Optional<String> errorDescription, Optional<URI> returnUrl) {
        public Outcome {
            Objects.requireNonNull(connection, "connection");
            Objects.requireNonNull(connected, "connected");
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(errorDescription, "errorDescription");
            Objects.requireNonNull(returnUrl, "returnUrl");
        }

        /** @return whether the connection was stored */
        public boolean succeeded() {
            return connected.isPresent();
        }
    }
}
