package dev.crosswalk.connector.salesforce;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.RecordQuery;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import dev.crosswalk.testkit.junit.SalesforceEmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An org whose admin has not installed the Connected App, as the emulator models it. */
class SalesforceConnectedAppTest {

    @RegisterExtension
    final SalesforceEmulatorExtension salesforce = SalesforceEmulatorExtension.builder()
            .seed(3).accounts(1).contacts(1).connectedAppInstalled(false).build();

    @Test
    void tellsTheCustomersAdminToInstallTheConnectedApp() {
        try (EmulatorConnection connection = EmulatorConnection.to(salesforce.emulator())) {
            assertThatThrownBy(() -> connection.connector.records().list(connection.connection,
                    RecordQuery.builder("Contact").build()))
                    .isInstanceOf(CrmFailure.ReauthorizationRequired.class)
                    .hasMessageContaining("OAUTH_APP_BLOCKED")
                    .hasMessageContaining("an administrator of that org must install it");
        }
    }
}
