package dev.crosswalk.core.fakes;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionStatus;
import dev.crosswalk.core.domain.TenantId;
import java.net.URI;
import java.util.Map;

/** Connections for tests. */
public final class TestConnections {

    private TestConnections() {
    }

    public static Connection active(String tenant, String id, String connectorKind) {
        return new Connection(new ConnectionId(id), new TenantId(tenant), connectorKind,
                URI.create("https://example.my.salesforce.com"), ConnectionStatus.ACTIVE, Map.of());
    }

    public static Connection active(String tenant, String id) {
        return active(tenant, id, "salesforce");
    }
}
