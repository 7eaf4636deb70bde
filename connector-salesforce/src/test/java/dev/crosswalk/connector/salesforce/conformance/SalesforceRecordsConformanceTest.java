package dev.crosswalk.connector.salesforce.conformance;

import dev.crosswalk.conformance.ConnectorFixture;
import dev.crosswalk.conformance.RecordPortContract;

class SalesforceRecordsConformanceTest extends RecordPortContract {

    @Override
    protected ConnectorFixture startFixture() {
        return new SalesforceFixture();
    }
}
