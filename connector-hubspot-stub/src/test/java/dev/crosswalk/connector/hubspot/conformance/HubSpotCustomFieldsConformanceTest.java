package dev.crosswalk.connector.hubspot.conformance;

import dev.crosswalk.conformance.ConnectorFixture;
import dev.crosswalk.conformance.CustomFieldContract;

class HubSpotCustomFieldsConformanceTest extends CustomFieldContract {

    @Override
    protected ConnectorFixture startFixture() {
        return new HubSpotFixture();
    }
}
