package dev.crosswalk.core.application;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.MappingOverride;
import dev.crosswalk.core.domain.OverrideScope;
import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.port.in.UseCaseException;
import dev.crosswalk.core.port.out.crm.CrmPorts;
import dev.crosswalk.core.port.out.crm.MappingDocument;
import dev.crosswalk.core.port.out.store.MappingOverrideStore;
import dev.crosswalk.core.toolkit.mapping.MappingException;
import dev.crosswalk.core.toolkit.mapping.UnifiedMapping;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The mapping each connection reads a unified object with: the connector's file, compiled once per connector kind,
 * with the tenant's and the connection's current overrides layered on it. Overrides are read from the store at most
 * once per {@link #OVERRIDE_REFRESH} per scope, and at once after a change made through this registry, so a change
 * applies to the next request on this node and within that time on every other. Thread-safe.
 */
final class MappingRegistry {

    /** How long a read of the stored overrides is reused before the store is asked again. */
    static final Duration OVERRIDE_REFRESH = Duration.ofSeconds(5);

    private final MappingOverrideStore overrides;
    private final Clock clock;
    private final ConcurrentMap<BaseKey, UnifiedMapping> bases = new ConcurrentHashMap<>();
    private final ConcurrentMap<ScopeKey, CachedOverride> current = new ConcurrentHashMap<>();
    private final ConcurrentMap<LayeredKey, UnifiedMapping> layered = new ConcurrentHashMap<>();

    /** Beyond this many compiled layered mappings, all are dropped and compiled again as requests need them. */
    private static final int MAX_LAYERED = 10_000;

    MappingRegistry(MappingOverrideStore overrides, Clock clock) {
        this.overrides = overrides;
        this.clock = clock;
    }

    /**
     * @return the connector's mapping file for the object
     * @throws UseCaseException.CapabilityUnavailable when the connector ships none
     */
    MappingDocument document(Connection connection, CrmPorts ports, UnifiedObject object) {
        return ports.mappings().stream().filter(document -> document.object() == object).findFirst()
                .orElseThrow(() -> new UseCaseException.CapabilityUnavailable(connection.connectorKind(),
                        "unified " + object.plural() + " (it ships no " + object.singular() + " mapping)"));
    }

    /** @return the connector's compiled file, without overrides */
    UnifiedMapping base(Connection connection, CrmPorts ports, UnifiedObject object) {
        return bases.computeIfAbsent(new BaseKey(connection.connectorKind(), object), key -> {
            MappingDocument document = document(connection, ports, object);
            try {
                return UnifiedMapping.compile(document);
            } catch (MappingException broken) {
                throw new UseCaseException.MappingFailed("the '" + connection.connectorKind() + "' connector's "
                        + object.singular() + " mapping is broken: " + broken.getMessage(), broken);
            }
        });
    }

    /** @return the connection's effective mapping: file, tenant override, connection override */
    UnifiedMapping effective(Connection connection, CrmPorts ports, UnifiedObject object) {
        UnifiedMapping base = base(connection, ports, object);
        Optional<MappingOverride> tenant = currentOverride(OverrideScope.tenant(connection.tenant(),
                connection.connectorKind()), object);
        Optional<MappingOverride> own = currentOverride(OverrideScope.connection(connection), object);
        if (tenant.isEmpty() && own.isEmpty()) {
            return base;
        }
        LayeredKey key = new LayeredKey(base, tenant.orElse(null), own.orElse(null));
        UnifiedMapping known = layered.get(key);
        if (known != null) {
            return known;
        }
        // compiled outside the map: compiling may take a while, and a map's compute functions must not
        UnifiedMapping compiled = layer(layer(base, tenant, "tenant override"), own, "connection override");
        if (layered.size() >= MAX_LAYERED) {
            layered.clear();
        }
        UnifiedMapping raced = layered.putIfAbsent(key, compiled);
        return raced == null ? compiled : raced;
    }

    /** @return the mapping below a layer: the file for the tenant's, the file plus the tenant's for a connection's */
    UnifiedMapping below(Connection connection, CrmPorts ports, UnifiedObject object, boolean connectionLayer) {
        UnifiedMapping base = base(connection, ports, object);
        if (!connectionLayer) {
            return base;
        }
        return layer(base, currentOverride(OverrideScope.tenant(connection.tenant(), connection.connectorKind()),
                object), "tenant override");
    }

    /** Forgets what is known of a scope's override, so the next request reads the store. */
    void invalidate(OverrideScope scope, UnifiedObject object) {
        current.remove(new ScopeKey(scope, object));
    }

    /**
     * The read and the store happen under the key's lock, and {@link #invalidate} takes that lock too: a read that
     * began before a change can never be stored after the change forgot it.
     */
    private Optional<MappingOverride> currentOverride(OverrideScope scope, UnifiedObject object) {
        ScopeKey key = new ScopeKey(scope, object);
        CachedOverride fresh = current.get(key);
        if (fresh != null && clock.instant().isBefore(fresh.readAt().plus(OVERRIDE_REFRESH))) {
            return fresh.override();
        }
        return current.compute(key, (any, cached) -> {
            Instant now = clock.instant();
            if (cached != null && now.isBefore(cached.readAt().plus(OVERRIDE_REFRESH))) {
                return cached;
            }
            return new CachedOverride(overrides.current(scope, object)
                    .filter(version -> version.document().isPresent()), now);
        }).override();
    }

    private static UnifiedMapping layer(UnifiedMapping mapping, Optional<MappingOverride> override, String name) {
        if (override.isEmpty()) {
            return mapping;
        }
        MappingOverride version = override.get();
        String source = name + " v" + version.version();
        try {
            return mapping.withOverride(source, version.document().orElseThrow());
        } catch (MappingException broken) {
            throw new UseCaseException.MappingFailed("the stored " + source + " of the " + version.object().singular()
                    + " mapping no longer compiles: " + broken.getMessage() + "; restore an earlier version or remove"
                    + " it", broken);
        }
    }

    private record BaseKey(String connectorKind, UnifiedObject object) {
    }

    private record ScopeKey(OverrideScope scope, UnifiedObject object) {
    }

    private record CachedOverride(Optional<MappingOverride> override, Instant readAt) {
    }

    /** Identity of the base mapping (one per kind and object) and the exact override versions layered on it. */
    private record LayeredKey(UnifiedMapping base, MappingOverride tenant, MappingOverride connection) {
    }
}
