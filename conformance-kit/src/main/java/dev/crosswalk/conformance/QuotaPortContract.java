package dev.crosswalk.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.core.domain.QuotaUsage;
import dev.crosswalk.core.port.out.crm.QuotaPort;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The quota port's contract ({@link QuotaPort}): nothing is known before the first call; after a call the usage the
 * provider reported is kept, consistent with the emulator's own count, stamped by the host's clock, and it follows
 * later calls. One fixture serves the whole class; each test connects anew.
 *
 * @since 0.1
 */
public abstract class QuotaPortContract extends ConnectorContract {

    /** For a connector's subclass, which supplies only {@link #startFixture()}. */
    protected QuotaPortContract() {
        super(false);
    }

    @Test
    void reportsNothingBeforeTheFirstCall() {
        try (TestingConnectorContext fresh = connect(fixture())) {
            assertThat(fresh.connector().quota().lastKnownUsage(fresh.connection())).isEmpty();
        }
    }

    @Test
    void reportsTheUsageTheEmulatorCountedAfterACall() {
        try (TestingConnectorContext fresh = connect(fixture())) {
            QuotaUsage before = fixture().quotaUsage();
            call(fresh);
            Optional<QuotaUsage> reported = fresh.connector().quota().lastKnownUsage(fresh.connection());
            QuotaUsage after = fixture().quotaUsage();

            assertThat(reported).as("usage after a call").isPresent();
            assertThat(reported.get().limit()).as("the allowance").isEqualTo(after.limit());
            assertThat(reported.get().used()).as("calls counted (the emulator counted %s before the call and %s"
                    + " after it)", before.used(), after.used()).isBetween(before.used(), after.used());
            assertThat(reported.get().observedAt()).as("when it was reported, by the host's clock")
                    .isEqualTo(fresh.clock().instant());
        }
    }

    @Test
    void followsTheUsageAsCallsAreMade() {
        try (TestingConnectorContext fresh = connect(fixture())) {
            call(fresh);
            QuotaUsage first = fresh.connector().quota().lastKnownUsage(fresh.connection()).orElseThrow();
            call(fresh);
            call(fresh);
            QuotaUsage later = fresh.connector().quota().lastKnownUsage(fresh.connection()).orElseThrow();

            assertThat(later.used()).as("calls counted after two more calls").isGreaterThan(first.used());
            assertThat(later.limit()).isEqualTo(first.limit());
        }
    }

}
