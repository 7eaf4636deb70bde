package dev.crosswalk.adapters.http;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UnifiedApiServerTest {

    @Test
    void refusesToBuildWithoutEveryUseCaseNamingTheMissingOnes() {
        FakeCrm crm = new FakeCrm();

        assertThatThrownBy(() -> UnifiedApiServer.builder().authenticate(crm).unifiedRecords(crm).quota(crm).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("providerRecords, schema, mappings")
                .hasMessageNotContaining("authenticate");
    }

    @Test
    void refusesANullUseCase() {
        assertThatThrownBy(() -> UnifiedApiServer.builder().schema(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("schema");
    }
}
