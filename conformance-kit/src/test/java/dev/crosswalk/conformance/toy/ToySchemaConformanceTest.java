package dev.crosswalk.conformance.toy;

import dev.crosswalk.conformance.ConnectorFixture;
import dev.crosswalk.conformance.SchemaPortContract;

/** The kit's own connector passes {@link SchemaPortContract}. */
class ToySchemaConformanceTest extends SchemaPortContract {

    @Override
    protected ConnectorFixture startFixture() {
        return new ToyFixture();
    }
}
