package dev.crosswalk.core.fakes;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.TenantId;
import java.net.URI;

/** Connections for tests. */
public final class TestConnections {

    private TestConnections() {
    }

    public static Connection active(String tenant, String id, String connectorKind) {
        return Connection.builder(new ConnectionRef(new TenantId(tenant), new ConnectionId(id)), connectorKind,
                URI.create("https://example.my.salesforce.com")).build();
    }

    public static Connection active(String tenant, String id) {
        return active(tenant, id, "salesforce");
    }
}
