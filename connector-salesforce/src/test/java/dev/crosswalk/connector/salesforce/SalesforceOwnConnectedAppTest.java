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
import dev.crosswalk.testkit.salesforce.EmulatorCredentials;
import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A connection with the customer's own Connected App: the emulator's org has the operator's app (the connector's
 * configuration) and the customer's; every token request of the connection names the customer's app, never the
 * operator's, and the customer's tokens refresh only with its credentials.
 */
class SalesforceOwnConnectedAppTest {

    private static final URI CALLBACK = URI.create("https://crosswalk.example/oauth/callback");
    private static final Secret VERIFIER = Secret.of("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");

    private KeyPair operatorKey;
    private KeyPair customerKey;
    private SalesforceEmulator emulator;
    private EmulatorCredentials operator;
    private EmulatorCredentials customer;

    @BeforeEach
    void start() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        operatorKey = generator.generateKeyPair();
        customerKey = generator.generateKeyPair();
        emulator = SalesforceEmulator.builder().seed(17).accounts(2).contacts(6).callbackUrls(CALLBACK.toString())
                .jwtPublicKey(operatorKey.getPublic()).customerConnectedApp(customerKey.getPublic()).start();
        operator = emulator.credentials();
        customer = emulator.customerAppCredentials();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private Map<String, String> ownApp() {
        return Map.of("client_id", customer.clientId());
    }

    private Map<String, Secret> ownSecret() {
        return Map.of("client_secret", Secret.of(customer.clientSecret()));
    }

    @Test
    void theCustomersAuthorisationExchangesRefreshesAndRevokesWithItsOwnAppOnly() {
        OAuthTokens exchanged;
        try (EmulatorConnection host = EmulatorConnection.to(emulator)) {
            AuthorizationPort authorization = host.connector.authorization().orElseThrow();
            assertThat(authorization.problemsAuthorizing(ownApp(), ownSecret())).isEmpty();
            URI page = authorization.authorizeUrl(EmulatorConnection.REF, ownApp(), CALLBACK, "st-own",
                    s256(VERIFIER));
            assertThat(query(page)).containsEntry("client_id", customer.clientId());
            Map<String, String> back = query(new ConsentBrowser().allow(page));

            exchanged = authorization.exchange(EmulatorConnection.REF, ownApp(), ownSecret(), back.get("code"),
                    VERIFIER, CALLBACK);
        }
        assertThat(exchanged.refresh()).isPresent();

        try (EmulatorConnection connection = EmulatorConnection.withOwnApp(emulator, ownApp(), ownSecret(),
                OAuthTokens.builder(Instant.now()).refreshToken(exchanged.refresh().orElseThrow()).build(),
                Map.of())) {
            assertThat(connection.listContacts().records()).hasSize(6);
            emulator.expireAccessTokens();
            assertThat(connection.listContacts().records()).as("refreshed again after Salesforce refused the token")
                    .hasSize(6);

            connection.connector.grants().orElseThrow().revoke(connection.connection,
                    connection.tokens.load(EmulatorConnection.REF).orElseThrow());

            assertThatThrownBy(connection::listContacts).isInstanceOf(CrmFailure.ReauthorizationRequired.class);
        }
        assertThat(emulator.tokenRequestsByClient()).as("exchange, two refreshes, the refused one after revoking")
                .containsOnlyKeys(customer.clientId()).containsEntry(customer.clientId(), 4);
    }

    @Test
    void aRefreshTokenOfTheCustomersAppIsRefusedWithTheOperatorsApp() {
        try (EmulatorConnection misfiled = EmulatorConnection.withOwnApp(emulator, Map.of(), Map.of(),
                OAuthTokens.builder(Instant.now()).refreshToken(Secret.of(customer.refreshToken())).build(),
                Map.of())) {
            assertThatThrownBy(misfiled::listContacts).isInstanceOf(CrmFailure.ReauthorizationRequired.class);
        }
        try (EmulatorConnection own = EmulatorConnection.withOwnApp(emulator, ownApp(), ownSecret(),
                OAuthTokens.builder(Instant.now()).refreshToken(Secret.of(customer.refreshToken())).build(),
                Map.of())) {
            assertThat(own.listContacts().records()).hasSize(6);
        }
    }

    @Test
    void clientCredentialsUseTheConnectionsOwnApp() {
        Map<String, String> settings = Map.of("grant", "client_credentials", "client_id", customer.clientId());
        try (EmulatorConnection connection = EmulatorConnection.withOwnApp(emulator, settings, ownSecret(),
                OAuthTokens.builder(Instant.now()).build(), Map.of())) {
            assertThat(connection.connector.problemsConnectingByGrant(settings, ownSecret())).isEmpty();

            assertThat(connection.listContacts().records()).hasSize(6);
        }
        assertThat(emulator.tokenRequestsByClient()).containsOnlyKeys(customer.clientId());
    }

    @Test
    void jwtBearerSignsWithTheConnectionsOwnKeyForItsOwnApp() {
        Map<String, String> settings = Map.of("grant", "jwt_bearer", "username", customer.username(),
                "client_id", customer.clientId());
        Map<String, Secret> key = Map.of("jwt_private_key", Secret.of(EmulatorConnection.pem(customerKey)));
        try (EmulatorConnection connection = EmulatorConnection.withOwnApp(emulator, settings, key,
                OAuthTokens.builder(Instant.now()).build(),
                Map.of("jwt_private_key", EmulatorConnection.pem(operatorKey)))) {
            assertThat(connection.connector.problemsConnectingByGrant(settings, key)).isEmpty();

            assertThat(connection.listContacts().records()).hasSize(6);
        }
        assertThat(emulator.tokenRequestsByClient()).containsOnlyKeys(customer.clientId());
    }

    @Test
    void namesEveryProblemOfAnOwnAppAtOnceAndNeverASecretsValue() {
        try (EmulatorConnection connection = EmulatorConnection.to(emulator)) {
            List<String> jwt = connection.connector.problemsConnectingByGrant(
                    Map.of("grant", "jwt_bearer", "username", "u@acme.example", "client_id", " ",
                            "client_secret", "in-the-clear-1"),
                    Map.of("client_secret", Secret.of("hidden-2"), "api_token", Secret.of("hidden-3")));
            List<String> withoutApp = connection.connector.problemsConnectingByGrant(
                    Map.of("grant", "client_credentials"),
                    Map.of("client_secret", Secret.of("hidden-4"), "jwt_private_key", Secret.of("hidden-5")));
            List<String> authorising = connection.connector.authorization().orElseThrow().problemsAuthorizing(
                    ownApp(), Map.of("jwt_private_key", Secret.of("not a pem hidden-6")));

            assertThat(jwt).anySatisfy(p -> assertThat(p).contains("'client_secret' is secret"))
                    .anySatisfy(p -> assertThat(p).contains("'api_token' is not a secret setting"))
                    .anySatisfy(p -> assertThat(p).contains("'client_id' must be the consumer key"))
                    .anySatisfy(p -> assertThat(p).contains("'jwt_private_key' is required"))
                    .anySatisfy(p -> assertThat(p).contains("'client_secret' is not used by jwt_bearer"));
            assertThat(withoutApp).hasSize(2).allSatisfy(p -> assertThat(p).contains("give its consumer key as the"
                    + " 'client_id' setting"));
            assertThat(authorising).anySatisfy(p -> assertThat(p).contains("'client_secret' is required"))
                    .anySatisfy(p -> assertThat(p).contains("'jwt_private_key' is not used by the customer's"))
                    .anySatisfy(p -> assertThat(p).contains("'jwt_private_key' is not a PKCS#8 RSA private key"));
            assertThat(String.join(" ", jwt) + withoutApp + authorising).doesNotContain("in-the-clear-1", "hidden-");
        }
    }
}
