package dev.crosswalk.conformance.toy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * A contract that cannot fail guards nothing: each flawed connector of {@link FlawedConnectors} is run through its
 * contract, and exactly the tests that guard against its flaw must fail.
 */
class ContractsCanFailTest {

    @Test
    void aRecordRepeatedAtEachPageBoundaryFailsThePagingTests() {
        assertThat(failedTests(FlawedConnectors.RepeatsARecordOnEachPage.class)).contains(
                "listsEveryRecordToTheEndInSmallPagesWithoutLossOrDuplicates");
    }

    @Test
    void aForgedPageTokenTakenForTheFirstPageFailsThePageTokenTests() {
        assertThat(failedTests(FlawedConnectors.TakesAnyPageToken.class)).containsExactlyInAnyOrder(
                "refusesAPageTokenItDidNotIssue", "refusesAPageTokenThatWasTamperedWith");
    }

    @Test
    void aRateLimitReportedAsTransientFailsTheRateLimitTests() {
        assertThat(failedTests(FlawedConnectors.CallsARateLimitTransient.class)).containsExactlyInAnyOrder(
                "reportsAPersistentRateLimitAsRateLimitedWithTheProvidersWait", "retriesARateLimitAndTheCallSucceeds");
    }

    /** @return the names of the test methods of {@code contract} that failed */
    private static Set<String> failedTests(Class<?> contract) {
        Set<String> failed = new TreeSet<>();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(contract))
                .build(), new TestExecutionListener() {
                    @Override
                    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                        if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL
                                && test.getSource().orElse(null) instanceof MethodSource method) {
                            failed.add(method.getMethodName());
                        }
                    }
                });
        assertThat(failed).as("tests of %s that failed", contract.getSimpleName()).isNotEmpty();
        return failed;
    }
}
