package dev.crosswalk.connector.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.testkit.junit.SalesforceEmulatorExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the connector says about the settings of a connection meant to obtain its tokens by its own grant. */
class SalesforceConnectionSettingsTest {

    @RegisterExtension
    final SalesforceEmulatorExtension salesforce = SalesforceEmulatorExtension.builder().seed(1).accounts(1)
            .contacts(1).build();

    @Test
    void acceptsClientCredentialsAndNamesEveryProblemOfOtherSettingsAtOnce() {
        try (EmulatorConnection connection = EmulatorConnection.to(salesforce.emulator())) {
            var connector = connection.connector;

            assertThat(connector.problemsConnectingByGrant(Map.of("grant", "client_credentials"))).isEmpty();
            assertThat(connector.problemsConnectingByGrant(Map.of("grant", "jwt_bearer", "colour", "red",
                    "login_url", "https://evil.example.com")))
                    .containsExactlyInAnyOrder(
                            "'colour' is not a connection setting; the settings are login_url, grant, username,"
                                    + " client_id",
                            "'username' is required for jwt_bearer: the Salesforce user the connection acts as",
                            "the salesforce connector has no jwt_private_key to sign jwt_bearer assertions; the"
                                    + " operator configures it, or the connection brings its own Connected App"
                                    + " ('client_id' with the secret setting 'jwt_private_key')",
                            "'login_url' must be an https URL on a Salesforce domain or the connector's login host");
            assertThat(connector.problemsConnectingByGrant(Map.of())).containsExactly(
                    "'grant' is required: jwt_bearer or client_credentials");
            assertThat(connector.problemsConnectingByGrant(Map.of("grant", "refresh_token")))
                    .singleElement().asString().contains("comes from the customer's authorisation");
        }
    }
}
