package dev.crosswalk.conformance.toy;

import dev.crosswalk.conformance.ConnectorFixture;
import dev.crosswalk.conformance.ErrorClassificationContract;
import dev.crosswalk.conformance.RecordPortContract;

/**
 * Contracts run against a connector with one flaw each, by {@link ContractsCanFailTest} only (their names keep
 * Surefire from running them on their own).
 */
final class FlawedConnectors {

    private FlawedConnectors() {
    }

    static class RepeatsARecordOnEachPage extends RecordPortContract {
        @Override
        protected ConnectorFixture startFixture() {
            return new ToyFixture(ToyConnector.Flaw.REPEATS_THE_LAST_RECORD_OF_EACH_PAGE);
        }
    }

    static class TakesAnyPageToken extends RecordPortContract {
        @Override
        protected ConnectorFixture startFixture() {
            return new ToyFixture(ToyConnector.Flaw.TAKES_ANY_PAGE_TOKEN);
        }
    }

    static class CallsARateLimitTransient extends ErrorClassificationContract {
        @Override
        protected ConnectorFixture startFixture() {
            return new ToyFixture(ToyConnector.Flaw.CALLS_A_RATE_LIMIT_TRANSIENT);
        }
    }
}
