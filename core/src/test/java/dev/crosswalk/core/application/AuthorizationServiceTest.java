package dev.crosswalk.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.ConnectionStatus;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.fakes.FakeAuthorizationServer;
import dev.crosswalk.core.fakes.InMemoryCrm;
import dev.crosswalk.core.port.in.AuthorizeConnectionUseCase;
import dev.crosswalk.core.port.in.AuthorizeConnectionUseCase.Outcome;
import dev.crosswalk.core.port.in.UseCaseException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthorizationServiceTest {

    private static final URI CALLBACK = URI.create("https://crosswalk.example/oauth/callback");
    private static final URI RETURN = URI.create("https://app.example/crm/connected");

    private final CoreFixture fixture = new CoreFixture(InMemoryCrm.capable());
    private final FakeAuthorizationServer provider = new FakeAuthorizationServer(fixture.clock);
    private final AuthorizeConnectionUseCase authorization = fixture.core.authorization();
    private final ConnectionRef newConnection = new ConnectionRef(new TenantId("acme"), new ConnectionId("crm-2"));

    AuthorizationServiceTest() {
        fixture.crm.authorizingWith(provider);
    }

    @Test
    void startsWithAFreshStateAndAnS256ChallengeThatLastTenMinutes() {
        var first = authorization.start(newConnection, "fake", Map.of("region", "eu"), CALLBACK, RETURN);
        var second = authorization.start(newConnection, "fake", Map.of("region", "eu"), CALLBACK, RETURN);

        String state = FakeAuthorizationServer.stateOf(first.authorizeUrl());
        assertThat(state).hasSizeGreaterThanOrEqualTo(43).isNotEqualTo(FakeAuthorizationServer.stateOf(
                second.authorizeUrl()));
        assertThat(first.authorizeUrl().getRawQuery()).contains("code_challenge_method=S256", "code_challenge=");
        assertThat(first.expiresAt()).isEqualTo(fixture.clock.instant().plus(Duration.ofMinutes(10)));
        assertThat(fixture.authorizations.size()).isEqualTo(2);
    }

    @Test
    void completesByExchangingTheCodeWithTheVerifierAndStoresAnActiveConnectionWithItsTokens() {
        var started = authorization.start(newConnection, "fake", Map.of("region", "eu"), CALLBACK, RETURN);
        String code = provider.approve(started.authorizeUrl());

        Outcome outcome = authorization.complete(FakeAuthorizationServer.stateOf(started.authorizeUrl()), code);

        assertThat(outcome.succeeded()).isTrue();
        assertThat(outcome.returnUrl()).contains(RETURN);
        var stored = fixture.connections.find(newConnection).orElseThrow();
        assertThat(stored.status()).isEqualTo(ConnectionStatus.ACTIVE);
        assertThat(stored.instanceUrl()).isEqualTo(URI.create("https://eu1.crm.example"));
        assertThat(stored.settings()).isEqualTo(Map.of("region", "eu"));
        assertThat(fixture.tokens.load(newConnection).flatMap(OAuthTokens::refresh)).contains(
                Secret.of("refresh-for-" + code));
        assertThat(outcome.connected().orElseThrow().refreshable()).isTrue();
        assertThat(fixture.authorizations.size()).isZero();
    }

    @Test
    void refusesAReplayedStateWithoutAskingTheProviderAgain() {
        var started = authorization.start(newConnection, "fake", Map.of(), CALLBACK, null);
        String state = FakeAuthorizationServer.stateOf(started.authorizeUrl());
        String code = provider.approve(started.authorizeUrl());
        authorization.complete(state, code);

        assertThatThrownBy(() -> authorization.complete(state, code))
                .isInstanceOf(UseCaseException.UnknownAuthorization.class)
                .hasMessageContaining("already used");
        assertThat(provider.exchanges()).isEqualTo(1);
    }

    @Test
    void refusesAnExpiredStateAndUsesItUp() {
        var started = authorization.start(newConnection, "fake", Map.of(), CALLBACK, null);
        String state = FakeAuthorizationServer.stateOf(started.authorizeUrl());
        String code = provider.approve(started.authorizeUrl());
        fixture.clock.advance(Duration.ofMinutes(10));

        assertThatThrownBy(() -> authorization.complete(state, code))
                .isInstanceOf(UseCaseException.UnknownAuthorization.class).hasMessageContaining("expired");
        assertThat(provider.exchanges()).isZero();
        assertThat(fixture.connections.find(newConnection)).isEmpty();
    }

    @Test
    void refusesAStateThatWasNeverIssued() {
        assertThatThrownBy(() -> authorization.complete("made-up", "code"))
                .isInstanceOf(UseCaseException.UnknownAuthorization.class);
    }

    @Test
    void reconnectingKeepsTheIdAndMakesTheConnectionActiveWithTheNewGrant() {
        fixture.needsReauthorization(fixture.acme);
        var started = authorization.start(fixture.acme.ref(), "fake", Map.of(), CALLBACK, null);
        String code = provider.approve(started.authorizeUrl());

        authorization.complete(FakeAuthorizationServer.stateOf(started.authorizeUrl()), code);

        assertThat(fixture.connections.find(fixture.acme.ref()).orElseThrow().status())
                .isEqualTo(ConnectionStatus.ACTIVE);
        assertThat(fixture.tokens.load(fixture.acme.ref()).flatMap(OAuthTokens::access))
                .contains(Secret.of("access-for-" + code));
    }

    @Test
    void aCodeTheProviderRefusesIsAFailedOutcomeAndStoresNothing() {
        var started = authorization.start(newConnection, "fake", Map.of(), CALLBACK, RETURN);

        Outcome outcome = authorization.complete(FakeAuthorizationServer.stateOf(started.authorizeUrl()), "forged");

        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.error()).contains("token_exchange_failed");
        assertThat(outcome.errorDescription().orElseThrow()).contains("invalid_grant");
        assertThat(outcome.returnUrl()).contains(RETURN);
        assertThat(fixture.connections.find(newConnection)).isEmpty();
    }

    @Test
    void aRefusalByTheCustomerUsesUpTheStateAndStoresNothing() {
        var started = authorization.start(newConnection, "fake", Map.of(), CALLBACK, RETURN);
        String state = FakeAuthorizationServer.stateOf(started.authorizeUrl());

        Outcome outcome = authorization.refuse(state, "access_denied", "end-user denied authorization");

        assertThat(outcome.error()).contains("access_denied");
        assertThat(outcome.errorDescription()).contains("end-user denied authorization");
        assertThat(fixture.connections.find(newConnection)).isEmpty();
        assertThatThrownBy(() -> authorization.complete(state, "code"))
                .isInstanceOf(UseCaseException.UnknownAuthorization.class);
    }

    @Test
    void refusesSettingsTheConnectorDoesNotKnowBeforeStoringAnything() {
        assertThatThrownBy(() -> authorization.start(newConnection, "fake", Map.of("colour", "red", "size", "xl"),
                CALLBACK, null))
                .isInstanceOf(UseCaseException.InvalidRequest.class)
                .hasMessageContaining("'colour'").hasMessageContaining("'size'");
        assertThat(fixture.authorizations.size()).isZero();
    }

    @Test
    void exchangesWithTheConnectionsSecretSettingsAndStoresThemWithItButShowsOnlyTheirNames() {
        Map<String, Secret> ownApp = Map.of("app_secret", Secret.of("customer-app-secret"));
        var started = authorization.start(newConnection, "fake", Map.of("region", "eu"), ownApp, CALLBACK, null);
        String code = provider.approve(started.authorizeUrl());

        Outcome outcome = authorization.complete(FakeAuthorizationServer.stateOf(started.authorizeUrl()), code);

        assertThat(provider.lastSecretSettings()).isEqualTo(ownApp);
        assertThat(fixture.connections.find(newConnection).orElseThrow().secretSettings()).isEqualTo(ownApp);
        var overview = outcome.connected().orElseThrow();
        assertThat(overview.secretSettingNames()).containsExactly("app_secret");
        assertThat(overview.connection().secretSettings()).as("an overview never carries a secret").isEmpty();
    }

    @Test
    void refusesSecretSettingsTheConnectorDoesNotTakeNamingEachButNeverItsValue() {
        assertThatThrownBy(() -> authorization.start(newConnection, "fake", Map.of("colour", "red"),
                Map.of("api_password", Secret.of("hunter2-value")), CALLBACK, null))
                .isInstanceOf(UseCaseException.InvalidRequest.class)
                .hasMessageContaining("'colour'").hasMessageContaining("'api_password'")
                .hasMessageNotContaining("hunter2-value");
        assertThat(fixture.authorizations.size()).isZero();
    }

    @Test
    void saysWhenTheConnectorCannotConnectByAuthorisationOrIsNotInstalled() {
        fixture.crm.authorizingWith(null);

        assertThatThrownBy(() -> authorization.start(newConnection, "fake", Map.of(), CALLBACK, null))
                .isInstanceOf(UseCaseException.CapabilityUnavailable.class);
        assertThatThrownBy(() -> authorization.start(newConnection, "pipedrive", Map.of(), CALLBACK, null))
                .isInstanceOf(UseCaseException.ConnectorNotInstalled.class);
    }
}
