package dev.crosswalk.conformance.toy;

import dev.crosswalk.conformance.ConnectorFixture;
import dev.crosswalk.conformance.CustomFieldContract;

/** The kit's own connector passes {@link CustomFieldContract}. */
class ToyCustomFieldsConformanceTest extends CustomFieldContract {

    @Override
    protected ConnectorFixture startFixture() {
        return new ToyFixture();
    }
}
