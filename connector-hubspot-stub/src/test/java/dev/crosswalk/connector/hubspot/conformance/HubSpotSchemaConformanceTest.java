package dev.crosswalk.connector.hubspot.conformance;

import dev.crosswalk.conformance.ConnectorFixture;
import dev.crosswalk.conformance.SchemaPortContract;

class HubSpotSchemaConformanceTest extends SchemaPortContract {

    @Override
    protected ConnectorFixture startFixture() {
        return new HubSpotFixture();
    }
}
