package dev.crosswalk.connector.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionStatus;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.Contact;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.Page;
import dev.crosswalk.core.domain.PageRequest;
import dev.crosswalk.core.domain.PageToken;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.port.out.ContactsPort;
import dev.crosswalk.core.port.out.CrmFailure;
import dev.crosswalk.core.port.out.TokenStore;
import dev.crosswalk.core.toolkit.retry.CrmRetry;
import dev.crosswalk.core.toolkit.token.InMemoryConnectionLocks;
import dev.crosswalk.spi.Connector;
import dev.crosswalk.spi.ConnectorContext;
import dev.crosswalk.spi.ConnectorFactory;
import dev.crosswalk.spi.ConnectorPlugin;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class HubSpotStubPluginTest {

    private static final Connection CONNECTION = new Connection(new ConnectionId("hs"), new TenantId("acme"),
            "hubspot-stub", URI.create("https://api.hubapi.example"), ConnectionStatus.ACTIVE, Map.of());

    @Test
    void serviceLoaderFindsExactlyTheHubSpotStubPlugin() {
        assertThat(ServiceLoader.load(ConnectorPlugin.class).stream().map(provider -> provider.type().getName()))
                .containsExactly(HubSpotStubPlugin.class.getName());
    }

    @Test
    void offersContactsAndVisiblyNothingElse() {
        try (Connector connector = create(Map.of())) {
            assertThat(connector.contacts()).isPresent();
            assertThat(connector.accounts()).isEmpty();
            assertThat(connector.opportunities()).isEmpty();
            assertThat(connector.schema()).isEmpty();
            assertThat(connector.quota()).isEmpty();
        }
    }

    @Test
    void pagesWithHubSpotsAfterCursorAndMapsCustomProperties() {
        ContactsPort contacts = create(Map.of("max_page_size", "2")).contacts().orElseThrow();
        List<Contact> all = new ArrayList<>();
        Page<Contact> page = contacts.listContacts(CONNECTION, PageRequest.first(10));
        all.addAll(page.items());
        while (page.next().isPresent()) {
            assertThat(page.items()).hasSize(2);
            page = contacts.listContacts(CONNECTION, new PageRequest(10, page.next()));
            all.addAll(page.items());
        }

        assertThat(all).extracting(Contact::id).containsExactly("101", "102", "103", "104", "105");
        assertThat(all.get(0).customFields()).containsEntry("customer_tier", "gold").hasSize(1);
        assertThat(all.get(0).emailAddresses().get(0).email()).isEqualTo("ada@analytical.example");
    }

    @Test
    void refusesACursorItDidNotIssue() {
        ContactsPort contacts = create(Map.of()).contacts().orElseThrow();

        for (String forged : List.of("abc", "-1", "0", "5", "2147483647", "99999999999")) {
            assertThatThrownBy(() -> contacts.listContacts(CONNECTION, new PageRequest(10, Optional.of(new PageToken(forged)))))
                    .as(forged)
                    .isInstanceOf(CrmFailure.InvalidPageToken.class);
        }
    }

    @Test
    void refusesAPageSizeAboveHubSpotsLimit() {
        assertThatThrownBy(() -> create(Map.of("max_page_size", "500"))).hasMessageContaining("max_page_size");
    }

    /** The stub needs no tokens; any attempt to store one is a bug. */
    private static final class NoTokens implements TokenStore {
        @Override
        public Optional<OAuthTokens> load(ConnectionRef ref) {
            return Optional.empty();
        }

        @Override
        public void save(ConnectionRef ref, OAuthTokens tokens) {
            throw new UnsupportedOperationException("the stub stores no tokens");
        }
    }

    private static Connector create(Map<String, String> config) {
        ConnectorFactory factory = new HubSpotStubPlugin().connectorFactory();
        return factory.create(factory.configSpec().validate(config), ConnectorContext.of(
                new NoTokens(),
                new InMemoryConnectionLocks(), CrmRetry.builder().build(), Clock.systemUTC()));
    }
}
