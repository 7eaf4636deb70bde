package dev.crosswalk.conformance.toy;

import dev.crosswalk.conformance.ConnectorFixture;
import dev.crosswalk.conformance.QuotaPortContract;

/** The kit's own connector passes {@link QuotaPortContract}. */
class ToyQuotaConformanceTest extends QuotaPortContract {

    @Override
    protected ConnectorFixture startFixture() {
        return new ToyFixture();
    }
}
