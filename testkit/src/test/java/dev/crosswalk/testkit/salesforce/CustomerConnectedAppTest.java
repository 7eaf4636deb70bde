package dev.crosswalk.testkit.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A second Connected App in the org, a customer's own: its tokens go with its own credentials only. */
class CustomerConnectedAppTest {

    private final SalesforceEmulator emulator = SalesforceEmulator.builder().contacts(5).customerConnectedApp(null)
            .start();
    private final SalesforceHttp http = new SalesforceHttp(emulator);
    private final EmulatorCredentials operator = emulator.credentials();
    private final EmulatorCredentials customer = emulator.customerAppCredentials();

    @AfterEach
    void stop() {
        emulator.close();
    }

    private HttpResponse<String> refresh(EmulatorCredentials app, String refreshToken) {
        return http.form("/services/oauth2/token", Map.of("grant_type", "refresh_token", "client_id", app.clientId(),
                "client_secret", app.clientSecret(), "refresh_token", refreshToken));
    }

    @Test
    void hasItsOwnConsumerKeyAndSecretInTheSameOrgForTheSameUser() {
        assertThat(customer.clientId()).isNotEqualTo(operator.clientId()).startsWith("3MVG9");
        assertThat(customer.clientSecret()).isNotEqualTo(operator.clientSecret());
        assertThat(customer.organizationId()).isEqualTo(operator.organizationId());
        assertThat(customer.username()).isEqualTo(operator.username());
    }

    @Test
    void refreshesItsTokensWithItsOwnCredentialsOnlyAndCountsRequestsByClient() {
        assertThat(refresh(customer, customer.refreshToken()).statusCode()).isEqualTo(200);
        assertThat(refresh(operator, customer.refreshToken()).statusCode()).as("another app's refresh token")
                .isEqualTo(400);
        assertThat(refresh(customer, operator.refreshToken()).statusCode()).isEqualTo(400);
        assertThat(http.form("/services/oauth2/token", Map.of("grant_type", "client_credentials", "client_id",
                customer.clientId(), "client_secret", operator.clientSecret())).statusCode())
                .as("the operator's secret for the customer's app").isEqualTo(400);

        assertThat(emulator.tokenRequestsByClient()).containsEntry(customer.clientId(), 3)
                .containsEntry(operator.clientId(), 1);
    }

    @Test
    void anEmulatorWithoutOneSaysSo() {
        try (SalesforceEmulator plain = SalesforceEmulator.builder().contacts(1).start()) {
            assertThatThrownBy(plain::customerAppCredentials).hasMessageContaining("customerConnectedApp");
        }
    }
}
