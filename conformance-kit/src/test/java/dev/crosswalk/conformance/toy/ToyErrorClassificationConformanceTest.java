package dev.crosswalk.conformance.toy;

import dev.crosswalk.conformance.ConnectorFixture;
import dev.crosswalk.conformance.ErrorClassificationContract;

/** The kit's own connector passes {@link ErrorClassificationContract}. */
class ToyErrorClassificationConformanceTest extends ErrorClassificationContract {

    @Override
    protected ConnectorFixture startFixture() {
        return new ToyFixture();
    }
}
