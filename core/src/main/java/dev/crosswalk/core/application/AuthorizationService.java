package dev.crosswalk.core.application;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.PendingAuthorization;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.port.in.AuthorizeConnectionUseCase;
import dev.crosswalk.core.port.in.ConnectionOverview;
import dev.crosswalk.core.port.in.ProvisionTenantUseCase;
import dev.crosswalk.core.port.in.UseCaseException;
import dev.crosswalk.core.port.out.crm.AuthorizationPort;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import dev.crosswalk.core.port.out.store.AuthorizationStore;
import dev.crosswalk.core.port.out.store.UnreadableTokensException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Authorization Code flow with PKCE: a 256-bit random state and code verifier per authorisation, kept by the
 * {@link AuthorizationStore} for {@link #LIFETIME}; the callback takes the state out of the store (so it is used once,
 * on whichever node), exchanges the code, and stores the connection with its tokens.
 */
final class AuthorizationService implements AuthorizeConnectionUseCase {

    /** How long the customer has to come back from the provider's page. */
    static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final int RANDOM_BYTES = 32;
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final AuthorizationStore authorizations;
    private final ConnectionResolver resolver;
    private final ProvisionTenantUseCase provisioning;
    private final ConnectionsService connections;
    private final Clock clock;

    AuthorizationService(AuthorizationStore authorizations, ConnectionResolver resolver,
            ProvisionTenantUseCase provisioning, ConnectionsService connections, Clock clock) {
        this.authorizations = authorizations;
        this.resolver = resolver;
        this.provisioning = provisioning;
        this.connections = connections;
        this.clock = clock;
    }

    @Override
    public Started start(ConnectionRef connection, String connectorKind, Map<String, String> settings, URI redirectUri,
            URI returnUrl) {
        return start(connection, connectorKind, settings, Map.of(), redirectUri, returnUrl);
    }

    @Override
    public Started start(ConnectionRef connection, String connectorKind, Map<String, String> settings,
            Map<String, Secret> secretSettings, URI redirectUri, URI returnUrl) {
        AuthorizationPort port = port(connectorKind);
        List<String> problems = port.problemsAuthorizing(settings, secretSettings);
        if (!problems.isEmpty()) {
            throw new UseCaseException.InvalidRequest("the connection cannot be authorised with these settings: "
                    + String.join("; ", problems), List.of());
        }
        String state = RandomText.ofBytes(RANDOM_BYTES);
        Secret verifier = Secret.of(RandomText.ofBytes(RANDOM_BYTES));
        Instant now = clock.instant();
        PendingAuthorization pending = new PendingAuthorization(state, connection, connectorKind, settings,
                secretSettings, verifier, redirectUri, Optional.ofNullable(returnUrl), now.plus(LIFETIME));
        URI authorizeUrl = port.authorizeUrl(connection, settings, redirectUri, state, challenge(verifier));
        authorizations.save(pending, now);
        return new Started(authorizeUrl, pending.expiresAt());
    }

    @Override
    public Outcome complete(String state, String code) {
        PendingAuthorization pending = take(state);
        OAuthTokens tokens;
        try {
            tokens = port(pending.connectorKind()).exchange(pending.connection(), pending.settings(),
                    pending.secretSettings(), code, pending.codeVerifier(), pending.redirectUri());
        } catch (CrmFailure failure) {
            return failed(pending, "token_exchange_failed", failure.getMessage());
        }
        if (tokens.instanceUrl().isEmpty()) {
            return failed(pending, "token_exchange_failed", "the provider's token response named no instance URL"
                    + " for connection " + pending.connection());
        }
        Connection connection = Connection.builder(pending.connection(), pending.connectorKind(),
                tokens.instanceUrl().get()).settings(pending.settings()).secretSettings(pending.secretSettings())
                .build();
        provisioning.connect(connection, tokens);
        ConnectionOverview overview = connections.get(pending.connection());
        return new Outcome(pending.connection(), Optional.of(overview), Optional.empty(), Optional.empty(),
                pending.returnUrl());
    }

    @Override
    public Outcome refuse(String state, String error, String description) {
        PendingAuthorization pending = take(state);
        String explained = resolver.ports(pending.connectorKind()).authorization()
                .map(port -> port.explainRefusal(error, description)).orElse(description);
        return failed(pending, error, explained);
    }

    private PendingAuthorization take(String state) {
        Optional<PendingAuthorization> taken;
        try {
            taken = authorizations.take(state);
        } catch (UnreadableTokensException unreadable) {
            throw new UseCaseException.UnknownAuthorization("this authorisation was started with another token key"
                    + " than this server's; start it again");
        }
        PendingAuthorization pending = taken.orElseThrow(() -> new UseCaseException.UnknownAuthorization(
                "no authorisation is in progress with this state: it was already used, or never issued; start the"
                        + " authorisation again"));
        if (pending.expiredAt(clock.instant())) {
            throw new UseCaseException.UnknownAuthorization("this authorisation expired at " + pending.expiresAt()
                    + " (the customer has " + LIFETIME.toMinutes() + " minutes); start it again");
        }
        return pending;
    }

    private AuthorizationPort port(String connectorKind) {
        return resolver.ports(connectorKind).authorization().orElseThrow(() ->
                new UseCaseException.CapabilityUnavailable(connectorKind, "connecting by the customer's authorisation"));
    }

    private static Outcome failed(PendingAuthorization pending, String error, String description) {
        return new Outcome(pending.connection(), Optional.empty(), Optional.of(error),
                Optional.ofNullable(description), pending.returnUrl());
    }

    /** RFC 7636 S256: base64url(SHA-256(ASCII(verifier))). */
    static String challenge(Secret verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(verifier.reveal().getBytes(StandardCharsets.US_ASCII));
            return BASE64URL.encodeToString(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }
}
