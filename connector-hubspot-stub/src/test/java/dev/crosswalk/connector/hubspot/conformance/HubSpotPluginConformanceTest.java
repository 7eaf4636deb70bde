package dev.crosswalk.connector.hubspot.conformance;

import dev.crosswalk.conformance.ConnectorFixture;
import dev.crosswalk.conformance.PluginContract;

class HubSpotPluginConformanceTest extends PluginContract {

    @Override
    protected ConnectorFixture startFixture() {
        return new HubSpotFixture();
    }
}
