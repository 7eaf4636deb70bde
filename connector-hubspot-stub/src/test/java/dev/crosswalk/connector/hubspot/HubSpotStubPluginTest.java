package dev.crosswalk.connector.hubspot;

import static dev.crosswalk.connector.hubspot.StubHost.CONNECTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.port.out.crm.MappingDocument;
import dev.crosswalk.spi.Connector;
import dev.crosswalk.spi.ConnectorPlugin;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class HubSpotStubPluginTest {

    @Test
    void serviceLoaderFindsExactlyTheHubSpotStubPlugin() {
        assertThat(ServiceLoader.load(ConnectorPlugin.class).stream().map(provider -> provider.type().getName()))
                .containsExactly(HubSpotStubPlugin.class.getName());
    }

    @Test
    void isTheHubSpotStubKind() {
        assertThat(new HubSpotStubPlugin().connectorFactory().kind()).isEqualTo("hubspot-stub");
    }

    @Test
    void shipsAMappingFileForEachUnifiedObjectOverTheMatchingHubSpotObject() {
        try (Connector connector = StubHost.create(Map.of())) {
            assertThat(connector.mappings())
                    .extracting(MappingDocument::object, MappingDocument::sourceName)
                    .containsExactly(
                            tuple(UnifiedObject.CONTACT, "hubspot-stub:mappings/hubspot-stub/contact.yaml"),
                            tuple(UnifiedObject.ACCOUNT, "hubspot-stub:mappings/hubspot-stub/account.yaml"),
                            tuple(UnifiedObject.OPPORTUNITY, "hubspot-stub:mappings/hubspot-stub/opportunity.yaml"));
            assertThat(connector.mappings()).extracting(MappingDocument::text).satisfiesExactly(
                    contact -> assertThat(contact).contains("\nobject: contacts\n"),
                    account -> assertThat(account).contains("\nobject: companies\n"),
                    opportunity -> assertThat(opportunity).contains("\nobject: deals\n"));
        }
    }

    @Test
    void reportsNoQuotaBecauseItMakesNoCalls() {
        try (Connector connector = StubHost.create(Map.of())) {
            assertThat(connector.quota().lastKnownUsage(CONNECTION)).isEmpty();
        }
    }

    @Test
    void returnsTheSamePortsOnEveryCall() {
        try (Connector connector = StubHost.create(Map.of())) {
            assertThat(connector.records()).isSameAs(connector.records());
            assertThat(connector.schema()).isSameAs(connector.schema());
            assertThat(connector.quota()).isSameAs(connector.quota());
        }
    }

    @Test
    void refusesAPageSizeAboveHubSpotsLimit() {
        assertThatThrownBy(() -> StubHost.create(Map.of("max_page_size", "500"))).hasMessageContaining("max_page_size");
    }
}
