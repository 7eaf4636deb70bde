package dev.crosswalk.connector.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.RecordQuery;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import dev.crosswalk.core.port.out.crm.GrantPort;
import dev.crosswalk.testkit.junit.SalesforceEmulatorExtension;
import dev.crosswalk.testkit.salesforce.Fault;
import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Revoking a connection's grant at the emulator's revocation endpoint. */
class SalesforceGrantsTest {

    private static final String REVOKE = "/services/oauth2/revoke";

    @RegisterExtension
    final SalesforceEmulatorExtension salesforce = SalesforceEmulatorExtension.builder()
            .seed(9).accounts(2).contacts(5).build();

    private SalesforceEmulator emulator;
    private EmulatorConnection connection;

    @BeforeEach
    void connect() {
        emulator = salesforce.emulator();
        connection = EmulatorConnection.to(emulator);
    }

    @AfterEach
    void close() {
        connection.close();
    }

    @Test
    void revokesTheRefreshTokenSoNeitherItNorItsAccessTokensWorkAnyMore() {
        list();
        OAuthTokens stored = connection.tokens.load(EmulatorConnection.REF).orElseThrow();

        grants().revoke(connection.connection, stored);

        assertThat(emulator.requestLog().count("POST", REVOKE)).isOne();
        assertThatThrownBy(this::list).isInstanceOf(CrmFailure.ReauthorizationRequired.class);
    }

    @Test
    void countsAGrantSalesforceNoLongerKnowsAsRevoked() {
        list();
        OAuthTokens stored = connection.tokens.load(EmulatorConnection.REF).orElseThrow();
        grants().revoke(connection.connection, stored);

        grants().revoke(connection.connection, stored);

        assertThat(emulator.requestLog().count(request -> request.path().equals(REVOKE) && request.status() == 400))
                .isOne();
    }

    @Test
    void retriesARevocationSalesforceFailedInPassing() {
        list();
        OAuthTokens stored = connection.tokens.load(EmulatorConnection.REF).orElseThrow();
        emulator.faults().add(Fault.status(503).onRoute("POST", REVOKE).times(1));

        grants().revoke(connection.connection, stored);

        assertThat(emulator.requestLog().count(request -> request.path().equals(REVOKE) && request.status() == 503))
                .isOne();
        assertThat(emulator.requestLog().count(request -> request.path().equals(REVOKE) && request.status() == 200))
                .isOne();
    }

    private GrantPort grants() {
        return connection.connector.grants().orElseThrow();
    }

    private void list() {
        connection.connector.records().list(connection.connection, RecordQuery.builder("Contact").build());
    }
}
