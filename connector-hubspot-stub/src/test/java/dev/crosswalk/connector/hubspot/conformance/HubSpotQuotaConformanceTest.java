package dev.crosswalk.connector.hubspot.conformance;

import dev.crosswalk.conformance.ConnectorFixture;
import dev.crosswalk.conformance.QuotaPortContract;

class HubSpotQuotaConformanceTest extends QuotaPortContract {

    @Override
    protected ConnectorFixture startFixture() {
        return new HubSpotFixture();
    }
}
