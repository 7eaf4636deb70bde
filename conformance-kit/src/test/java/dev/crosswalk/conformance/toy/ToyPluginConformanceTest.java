package dev.crosswalk.conformance.toy;

import dev.crosswalk.conformance.ConnectorFixture;
import dev.crosswalk.conformance.PluginContract;

/** The kit's own connector passes {@link PluginContract}. */
class ToyPluginConformanceTest extends PluginContract {

    @Override
    protected ConnectorFixture startFixture() {
        return new ToyFixture();
    }
}
