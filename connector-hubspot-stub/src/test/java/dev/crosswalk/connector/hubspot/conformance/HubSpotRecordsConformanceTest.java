package dev.crosswalk.connector.hubspot.conformance;

import dev.crosswalk.conformance.ConnectorFixture;
import dev.crosswalk.conformance.RecordPortContract;

class HubSpotRecordsConformanceTest extends RecordPortContract {

    @Override
    protected ConnectorFixture startFixture() {
        return new HubSpotFixture();
    }
}
