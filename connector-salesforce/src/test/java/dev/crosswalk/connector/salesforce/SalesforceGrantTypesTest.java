package dev.crosswalk.connector.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.RecordPage;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Connections that obtain tokens by their own grant, with no refresh token: JWT bearer and client credentials. */
class SalesforceGrantTypesTest {

    private static KeyPair appKey;
    private static SalesforceEmulator emulator;

    @BeforeAll
    static void start() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        appKey = generator.generateKeyPair();
        emulator = SalesforceEmulator.builder().seed(11).accounts(2).contacts(7).jwtPublicKey(appKey.getPublic())
                .start();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void readsRecordsThroughAJwtBearerConnectionWithNoStoredToken() {
        try (EmulatorConnection connection = EmulatorConnection.byGrant(emulator,
                Map.of("grant", "jwt_bearer", "username", emulator.credentials().username()),
                Map.of("jwt_private_key", EmulatorConnection.pem(appKey)))) {

            RecordPage page = connection.listContacts();

            assertThat(page.records()).hasSize(7);
            assertThat(emulator.requestLog().countPathContaining("/services/oauth2/token")).isPositive();
            assertThat(connection.tokens.load(EmulatorConnection.REF).orElseThrow().access()).isPresent();
        }
    }

    @Test
    void readsRecordsThroughAClientCredentialsConnection() {
        try (EmulatorConnection connection = EmulatorConnection.byGrant(emulator,
                Map.of("grant", "client_credentials"), Map.of())) {

            assertThat(connection.listContacts().records()).hasSize(7);
        }
    }

    @Test
    void refusesAJwtBearerConnectionForAUserTheAppMayNotActAs() {
        try (EmulatorConnection connection = EmulatorConnection.byGrant(emulator,
                Map.of("grant", "jwt_bearer", "username", "someone.else@example.com"),
                Map.of("jwt_private_key", EmulatorConnection.pem(appKey)))) {

            assertThatThrownBy(connection::listContacts).isInstanceOf(CrmFailure.ReauthorizationRequired.class)
                    .hasMessageContaining("invalid_grant");
        }
    }

    @Test
    void saysWhatAJwtBearerConnectionLacks() {
        try (EmulatorConnection noUser = EmulatorConnection.byGrant(emulator, Map.of("grant", "jwt_bearer"),
                Map.of("jwt_private_key", EmulatorConnection.pem(appKey)));
                EmulatorConnection noKey = EmulatorConnection.byGrant(emulator,
                        Map.of("grant", "jwt_bearer", "username", emulator.credentials().username()), Map.of());
                EmulatorConnection unknownGrant = EmulatorConnection.byGrant(emulator, Map.of("grant", "password"),
                        Map.of())) {
            assertThatThrownBy(noUser::listContacts).isInstanceOf(CrmFailure.Rejected.class)
                    .hasMessageContaining("names no 'username' setting");
            assertThatThrownBy(noKey::listContacts).isInstanceOf(CrmFailure.Rejected.class)
                    .hasMessageContaining("has no jwt_private_key");
            assertThatThrownBy(unknownGrant::listContacts).isInstanceOf(CrmFailure.Rejected.class)
                    .hasMessageContaining("use refresh_token, jwt_bearer or client_credentials");
        }
    }
}
