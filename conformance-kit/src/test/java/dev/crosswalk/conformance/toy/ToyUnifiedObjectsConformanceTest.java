package dev.crosswalk.conformance.toy;

import dev.crosswalk.conformance.ConnectorFixture;
import dev.crosswalk.conformance.UnifiedObjectsContract;

/** The kit's own connector passes {@link UnifiedObjectsContract}. */
class ToyUnifiedObjectsConformanceTest extends UnifiedObjectsContract {

    @Override
    protected ConnectorFixture startFixture() {
        return new ToyFixture();
    }
}
