package dev.crosswalk.connector.salesforce;

import static dev.crosswalk.connector.salesforce.AuthorizationPages.query;
import static dev.crosswalk.connector.salesforce.AuthorizationPages.s256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.port.out.crm.AuthorizationPort;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import dev.crosswalk.testkit.salesforce.ConsentBrowser;
import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The web-server flow with PKCE against the emulator's consent page and token endpoint. */
class SalesforceAuthorizationTest {

    private static final URI CALLBACK = URI.create("https://crosswalk.example/oauth/callback");
    private static final Secret VERIFIER = Secret.of("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");

    private static SalesforceEmulator emulator;
    private final ConsentBrowser browser = new ConsentBrowser();

    @BeforeAll
    static void start() {
        emulator = SalesforceEmulator.builder().seed(5).accounts(1).contacts(3)
                .callbackUrls(CALLBACK.toString()).start();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void sendsTheCustomerToTheLoginHostWithTheClientScopesStateAndS256Challenge() {
        try (EmulatorConnection connection = EmulatorConnection.to(emulator, Map.of("oauth_scopes", "api  id"))) {
            URI page = authorization(connection).authorizeUrl(EmulatorConnection.REF, Map.of(), CALLBACK, "st-1",
                    "challenge-1");

            assertThat(page.toString()).startsWith(emulator.baseUrl() + "/services/oauth2/authorize?");
            assertThat(query(page)).containsEntry("response_type", "code")
                    .containsEntry("client_id", emulator.credentials().clientId())
                    .containsEntry("redirect_uri", CALLBACK.toString()).containsEntry("scope", "api id")
                    .containsEntry("state", "st-1").containsEntry("code_challenge", "challenge-1")
                    .containsEntry("code_challenge_method", "S256");
        }
    }

    @Test
    void exchangesTheCodeTheConsentPageGaveForTokensThatReadRecords() {
        try (EmulatorConnection connection = EmulatorConnection.to(emulator)) {
            AuthorizationPort authorization = authorization(connection);
            URI callback = browser.allow(authorization.authorizeUrl(EmulatorConnection.REF, Map.of(), CALLBACK,
                    "st-2", s256(VERIFIER)));
            assertThat(query(callback)).containsEntry("state", "st-2");

            OAuthTokens tokens = authorization.exchange(EmulatorConnection.REF, Map.of(), query(callback).get("code"),
                    VERIFIER, CALLBACK);

            assertThat(tokens.access()).isPresent();
            assertThat(tokens.refresh()).isPresent();
            assertThat(tokens.instanceUrl()).contains(emulator.baseUrl());
            assertThat(tokens.expiresAt()).isPresent();
            assertThat(tokens.identity()).hasValueSatisfying(whose ->
                    assertThat(whose.accountId()).isEqualTo(emulator.credentials().organizationId()));
            assertThat(tokens.scopes()).contains("api", "refresh_token");
        }
    }

    @Test
    void aCodeWithTheWrongVerifierOrUsedTwiceIsRefused() {
        try (EmulatorConnection connection = EmulatorConnection.to(emulator)) {
            AuthorizationPort authorization = authorization(connection);
            String code = query(browser.allow(authorization.authorizeUrl(EmulatorConnection.REF, Map.of(), CALLBACK,
                    "st-3", s256(VERIFIER)))).get("code");

            assertThatThrownBy(() -> authorization.exchange(EmulatorConnection.REF, Map.of(), code,
                    Secret.of("another-verifier-another-verifier-another-1"), CALLBACK))
                    .isInstanceOf(CrmFailure.class)
                    .hasMessageContaining("exchange the authorisation code").hasMessageContaining("acme/sf");
            assertThatThrownBy(() -> authorization.exchange(EmulatorConnection.REF, Map.of(), code, VERIFIER,
                    CALLBACK)).isInstanceOf(CrmFailure.ReauthorizationRequired.class)
                    .hasMessageContaining("invalid_grant");
        }
    }

    @Test
    void reportsSettingsAConnectionByAuthorisationCannotHave() {
        try (EmulatorConnection connection = EmulatorConnection.to(emulator)) {
            assertThat(authorization(connection).problemsAuthorizing(Map.of("grant", "jwt_bearer",
                    "login_url", "https://evil.example")))
                    .hasSize(2).anySatisfy(problem -> assertThat(problem).contains("'grant'"))
                    .anySatisfy(problem -> assertThat(problem).contains("'login_url'"));
            assertThat(authorization(connection).problemsAuthorizing(
                    Map.of("login_url", "https://acme--uat.sandbox.my.salesforce.com"))).isEmpty();
        }
    }

    @Test
    void anOrgWithoutTheConnectedAppSendsTheCustomerBackWithWhatTheAdminMustInstall() {
        try (SalesforceEmulator blocked = SalesforceEmulator.builder().seed(6).contacts(1).accounts(1)
                .connectedAppInstalled(false).start();
                EmulatorConnection connection = EmulatorConnection.to(blocked)) {
            AuthorizationPort authorization = authorization(connection);
            Map<String, String> back = query(browser.allow(authorization.authorizeUrl(EmulatorConnection.REF,
                    Map.of(), CALLBACK, "st-4", s256(VERIFIER))));

            assertThat(back).containsEntry("error", "OAUTH_APP_BLOCKED").containsEntry("state", "st-4");
            assertThat(authorization.explainRefusal(back.get("error"), back.get("error_description")))
                    .startsWith("this app is blocked by admin. ")
                    .contains("Setup > Apps > Connected Apps OAuth Usage > Install");
            assertThat(authorization.explainRefusal("access_denied", "end-user denied authorization"))
                    .isEqualTo("end-user denied authorization");
        }
    }

    private static AuthorizationPort authorization(EmulatorConnection connection) {
        return connection.connector.authorization().orElseThrow();
    }
}
