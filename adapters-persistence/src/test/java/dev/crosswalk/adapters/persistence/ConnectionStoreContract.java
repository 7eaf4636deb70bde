package dev.crosswalk.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.ConnectionStatus;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.port.out.ConnectionStore;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

abstract class ConnectionStoreContract extends DatabaseContract {

    private ConnectionStore store() {
        return database.connections();
    }

    @Test
    void findsASavedConnection() {
        Connection connection = salesforceConnection(newTenant(), "acme-prod");

        store().save(connection);

        assertThat(store().find(connection.ref())).contains(connection);
    }

    @Test
    void findsNothingForAnUnknownConnectionId() {
        TenantId tenant = newTenant();

        assertThat(store().find(new ConnectionRef(tenant, new ConnectionId("missing")))).isEmpty();
    }

    @Test
    void findsNoConnectionOfAnotherTenant() {
        TenantId owner = newTenant();
        TenantId other = newTenant();
        store().save(salesforceConnection(owner, "acme-prod"));

        assertThat(store().find(new ConnectionRef(other, new ConnectionId("acme-prod")))).isEmpty();
        assertThat(store().list(other)).isEmpty();
    }

    @Test
    void keepsConnectionsWithTheSameIdUnderTwoTenantsApart() {
        Connection first = salesforceConnection(newTenant(), "shared-id");
        Connection second = salesforceConnection(newTenant(), "shared-id").withStatus(ConnectionStatus.NEEDS_REAUTH);

        store().save(first);
        store().save(second);

        assertThat(store().find(first.ref())).contains(first);
        assertThat(store().find(second.ref())).contains(second);
    }

    @Test
    void listsOnlyTheTenantsConnectionsOrderedById() {
        TenantId tenant = newTenant();
        Connection b = salesforceConnection(tenant, "b");
        Connection a = salesforceConnection(tenant, "a");
        Connection c = salesforceConnection(tenant, "c");
        store().save(b);
        store().save(c);
        store().save(a);
        store().save(salesforceConnection(newTenant(), "a"));

        assertThat(store().list(tenant)).containsExactly(a, b, c);
    }

    @Test
    void listsIdsInCharacterOrderWhateverTheDatabaseCollation() {
        TenantId tenant = newTenant();
        for (String id : new String[] {"beta", "Zulu", "_under", "alpha", "-dash", "Alpha"}) {
            store().save(salesforceConnection(tenant, id));
        }

        assertThat(store().list(tenant))
                .extracting(connection -> connection.id().value())
                .containsExactly("-dash", "Alpha", "Zulu", "_under", "alpha", "beta");
    }

    @Test
    void listsNothingForATenantWithoutConnections() {
        assertThat(store().list(newTenant())).isEmpty();
    }

    @Test
    void replacesAConnectionSavedAgainUnderTheSameId() {
        Connection original = salesforceConnection(newTenant(), "acme-prod");
        store().save(original);
        Connection moved = new Connection(
                original.id(),
                original.tenant(),
                "salesforce",
                URI.create("https://acme2.my.salesforce.com"),
                ConnectionStatus.NEEDS_REAUTH,
                Map.of("apiVersion", "v63.0", "sandbox", "false"));

        store().save(moved);

        assertThat(store().find(original.ref())).contains(moved);
        assertThat(store().list(original.tenant())).containsExactly(moved);
    }

    @Test
    void keepsSettingsWithQuotesBackslashesAndNonAsciiText() {
        Connection connection = new Connection(
                new ConnectionId("odd-settings"),
                newTenant(),
                "hubspot",
                URI.create("https://api.hubapi.com"),
                ConnectionStatus.ACTIVE,
                Map.of("quote\"key", "back\\slash\nnew line", "région", "Zürich ✓", "empty", ""));

        store().save(connection);

        assertThat(store().find(connection.ref())).contains(connection);
    }

    @Test
    void rejectsAConnectionOfAnUnknownTenant() {
        Connection orphan = salesforceConnection(new TenantId("no-such-tenant"), "acme-prod");

        assertThatThrownBy(() -> store().save(orphan))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-tenant");
    }
}
