package dev.crosswalk.connector.salesforce.conformance;

import dev.crosswalk.conformance.ConnectorFixture;
import dev.crosswalk.conformance.ErrorClassificationContract;

class SalesforceErrorClassificationConformanceTest extends ErrorClassificationContract {

    @Override
    protected ConnectorFixture startFixture() {
        return new SalesforceFixture();
    }
}
