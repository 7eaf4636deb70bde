package dev.crosswalk.connector.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.RecordPage;
import dev.crosswalk.core.domain.RecordQuery;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import dev.crosswalk.testkit.junit.SalesforceEmulatorExtension;
import dev.crosswalk.testkit.salesforce.Fault;
import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Salesforce's two 403 {@code REQUEST_LIMIT_EXCEEDED} refusals through core's retry, against the emulator: the daily
 * allowance cannot be waited out and is sent once; the concurrent-request limit passes and is retried.
 */
class SalesforceLimitsTest {

    private static final String QUERY_PATH = ".*/query/?";

    /** The first listing spends the allowance: Describe of Contact, then the query (token grants are not counted). */
    @RegisterExtension
    final SalesforceEmulatorExtension salesforce = SalesforceEmulatorExtension.builder()
            .seed(7).accounts(2).contacts(10).dailyApiRequests(2).build();

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
    void sendsACallOnceWhenTheDailyAllowanceIsSpentAndSaysWhy() {
        list();
        emulator.requestLog().clear();

        assertThatThrownBy(this::list)
                .isInstanceOfSatisfying(CrmFailure.QuotaExhausted.class, spent -> {
                    assertThat(spent.providerCode()).contains("REQUEST_LIMIT_EXCEEDED");
                    assertThat(spent).hasMessageContaining("TotalRequests Limit exceeded")
                            .hasMessageContaining("daily API allowance is spent");
                });
        assertThat(emulator.requestLog().count(request -> request.status() == 403)).isOne();
    }

    @Test
    void retriesACallTheConcurrentRequestLimitRefusedUntilItPasses() {
        emulator.faults().add(Fault.concurrentLimit().onRoute("GET", QUERY_PATH).times(2));

        RecordPage page = list();

        assertThat(page.records()).hasSize(10);
        assertThat(emulator.requestLog().count(request -> request.status() == 403)).isEqualTo(2);
        assertThat(emulator.requestLog().count(request -> request.path().matches(QUERY_PATH)
                && request.status() == 200)).isOne();
    }

    private RecordPage list() {
        return connection.connector.records().list(connection.connection, RecordQuery.builder("Contact").build());
    }
}
