package dev.crosswalk.conformance.toy;

import dev.crosswalk.conformance.ConnectorFixture;
import dev.crosswalk.conformance.RecordPortContract;

/** The kit's own connector passes {@link RecordPortContract}. */
class ToyRecordsConformanceTest extends RecordPortContract {

    @Override
    protected ConnectorFixture startFixture() {
        return new ToyFixture();
    }
}
