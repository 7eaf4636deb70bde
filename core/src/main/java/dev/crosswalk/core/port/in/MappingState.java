package dev.crosswalk.core.port.in;

import dev.crosswalk.core.domain.MappingOverride;
import dev.crosswalk.core.domain.UnifiedObject;
import java.util.Objects;
import java.util.Optional;

/**
 * The layers of one connection's mapping for one unified object: the connector's file, then the tenant's override,
 * then the connection's. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class MappingState {

    private final UnifiedObject object;
    private final String connectorDocument;
    private final MappingOverride tenantOverride;
    private final MappingOverride connectionOverride;

    private MappingState(UnifiedObject object, String connectorDocument, MappingOverride tenantOverride,
            MappingOverride connectionOverride) {
        this.object = Objects.requireNonNull(object, "object");
        this.connectorDocument = Objects.requireNonNull(connectorDocument, "connectorDocument");
        this.tenantOverride = tenantOverride;
        this.connectionOverride = connectionOverride;
    }

    /**
     * @param object the unified object; never {@code null}
     * @param connectorDocument the connector's mapping file; never {@code null}
     * @param tenantOverride the tenant's newest override version, or {@code null}
     * @param connectionOverride the connection's newest override version, or {@code null}
     * @return the state
     */
    public static MappingState of(UnifiedObject object, String connectorDocument, MappingOverride tenantOverride,
            MappingOverride connectionOverride) {
        return new MappingState(object, connectorDocument, tenantOverride, connectionOverride);
    }

    /** @return the unified object; never {@code null} */
    public UnifiedObject object() {
        return object;
    }

    /** @return the connector's mapping file text; never {@code null} */
    public String connectorDocument() {
        return connectorDocument;
    }

    /** @return the tenant's newest override version (its document empty when removed), if any was stored */
    public Optional<MappingOverride> tenantOverride() {
        return Optional.ofNullable(tenantOverride);
    }

    /** @return the connection's newest override version (its document empty when removed), if any was stored */
    public Optional<MappingOverride> connectionOverride() {
        return Optional.ofNullable(connectionOverride);
    }
}
