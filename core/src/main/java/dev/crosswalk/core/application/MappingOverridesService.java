package dev.crosswalk.core.application;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.MappingOverride;
import dev.crosswalk.core.domain.OverrideScope;
import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.port.in.ManageMappingOverridesUseCase;
import dev.crosswalk.core.port.in.MappingState;
import dev.crosswalk.core.port.in.OverrideLevel;
import dev.crosswalk.core.port.in.UseCaseException;
import dev.crosswalk.core.port.out.crm.CrmPorts;
import dev.crosswalk.core.port.out.store.MappingOverrideStore;
import dev.crosswalk.core.toolkit.mapping.MappingException;
import dev.crosswalk.core.toolkit.mapping.UnifiedMapping;
import java.util.List;
import java.util.Optional;

/**
 * Keeps tenants' mapping overrides: each new version is validated against the connection's schema, layered on what
 * lies beneath it (the connector's file, and for a connection's override the tenant's), stored as a new version, and
 * in force for the next request.
 */
final class MappingOverridesService implements ManageMappingOverridesUseCase {

    /** The source name problems in an override document are reported under. */
    static final String OVERRIDE_SOURCE = "override";

    private final ConnectionResolver resolver;
    private final MappingRegistry mappings;
    private final MappingOverrideStore store;

    MappingOverridesService(ConnectionResolver resolver, MappingRegistry mappings, MappingOverrideStore store) {
        this.resolver = resolver;
        this.mappings = mappings;
        this.store = store;
    }

    @Override
    public MappingState current(ConnectionRef ref, UnifiedObject object) {
        Connection connection = resolver.existingConnection(ref);
        CrmPorts ports = resolver.ports(connection);
        String document = mappings.document(connection, ports, object).text();
        return MappingState.of(object, document,
                store.current(scope(connection, OverrideLevel.TENANT), object).orElse(null),
                store.current(scope(connection, OverrideLevel.CONNECTION), object).orElse(null));
    }

    @Override
    public List<String> validate(ConnectionRef ref, UnifiedObject object, String document) {
        return problems(resolver.open(ref), object, OverrideLevel.CONNECTION, document);
    }

    @Override
    public MappingOverride set(ConnectionRef ref, UnifiedObject object, OverrideLevel level, String document) {
        ConnectedCrm crm = resolver.open(ref);
        List<String> problems = problems(crm, object, level, document);
        if (!problems.isEmpty()) {
            throw new UseCaseException.MappingRejected(problems);
        }
        return append(crm.connection(), object, level, document);
    }

    @Override
    public MappingOverride remove(ConnectionRef ref, UnifiedObject object, OverrideLevel level) {
        Connection connection = resolver.existingConnection(ref);
        OverrideScope scope = scope(connection, level);
        boolean present = store.current(scope, object).flatMap(MappingOverride::document).isPresent();
        if (!present) {
            throw new UseCaseException.NoSuchOverride("connection '" + ref.id() + "' has no " + describe(level)
                    + " override of the " + object.singular() + " mapping to remove");
        }
        return append(connection, object, level, null);
    }

    @Override
    public List<MappingOverride> history(ConnectionRef ref, UnifiedObject object, OverrideLevel level) {
        return store.history(scope(resolver.existingConnection(ref), level), object);
    }

    @Override
    public MappingOverride restore(ConnectionRef ref, UnifiedObject object, OverrideLevel level, int version) {
        ConnectedCrm crm = resolver.open(ref);
        OverrideScope scope = scope(crm.connection(), level);
        MappingOverride earlier = store.history(scope, object).stream()
                .filter(stored -> stored.version() == version).findFirst()
                .orElseThrow(() -> new UseCaseException.NoSuchOverride("the " + describe(level) + " override of the "
                        + object.singular() + " mapping of connection '" + ref.id() + "' has no version " + version));
        Optional<String> document = earlier.document();
        if (document.isEmpty()) {
            return append(crm.connection(), object, level, null);
        }
        return set(ref, object, level, document.get());
    }

    private List<String> problems(ConnectedCrm crm, UnifiedObject object, OverrideLevel level, String document) {
        List<String> syntax = UnifiedMapping.problemsIn(OVERRIDE_SOURCE, document);
        if (!syntax.isEmpty()) {
            return syntax;
        }
        UnifiedMapping below = mappings.below(crm.connection(), crm.ports(), object, level == OverrideLevel.CONNECTION);
        UnifiedMapping layered;
        try {
            layered = below.withOverride(OVERRIDE_SOURCE, document);
        } catch (MappingException broken) {
            return List.of(broken.getMessage());
        }
        return layered.validate(crm::describeIfPresent).stream()
                .filter(problem -> problem.startsWith(OVERRIDE_SOURCE + ":"))
                .toList();
    }

    private MappingOverride append(Connection connection, UnifiedObject object, OverrideLevel level, String document) {
        OverrideScope scope = scope(connection, level);
        int expected = store.current(scope, object).map(MappingOverride::version).orElse(0);
        try {
            return store.append(scope, object, document, expected);
        } catch (MappingOverrideStore.VersionConflictException conflict) {
            throw new UseCaseException.OverrideConflict(conflict.getMessage() + "; read it again and retry");
        } finally {
            mappings.invalidate(scope, object);
        }
    }

    private static OverrideScope scope(Connection connection, OverrideLevel level) {
        return switch (level) {
            case TENANT -> OverrideScope.tenant(connection.tenant(), connection.connectorKind());
            case CONNECTION -> OverrideScope.connection(connection);
        };
    }

    private static String describe(OverrideLevel level) {
        return level == OverrideLevel.TENANT ? "tenant-wide" : "connection";
    }
}
