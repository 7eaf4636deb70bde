package dev.crosswalk.connector.salesforce.conformance;

import dev.crosswalk.conformance.ConnectorFixture;
import dev.crosswalk.conformance.PluginContract;

class SalesforcePluginConformanceTest extends PluginContract {

    @Override
    protected ConnectorFixture startFixture() {
        return new SalesforceFixture();
    }
}
