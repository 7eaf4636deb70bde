package dev.crosswalk.connector.salesforce.conformance;

import dev.crosswalk.conformance.ConnectorFixture;
import dev.crosswalk.conformance.TokenRefreshContract;

class SalesforceTokenRefreshConformanceTest extends TokenRefreshContract {

    @Override
    protected ConnectorFixture startFixture() {
        return new SalesforceFixture();
    }
}
