package dev.crosswalk.connector.salesforce.conformance;

import dev.crosswalk.conformance.ConnectorFixture;
import dev.crosswalk.conformance.QuotaPortContract;

class SalesforceQuotaConformanceTest extends QuotaPortContract {

    @Override
    protected ConnectorFixture startFixture() {
        return new SalesforceFixture();
    }
}
