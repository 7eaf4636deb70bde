package dev.crosswalk.conformance.toy;

import dev.crosswalk.conformance.ConnectorFixture;
import dev.crosswalk.conformance.TokenRefreshContract;

/** The kit's own connector passes {@link TokenRefreshContract}. */
class ToyTokenRefreshConformanceTest extends TokenRefreshContract {

    @Override
    protected ConnectorFixture startFixture() {
        return new ToyFixture();
    }
}
