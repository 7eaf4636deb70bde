package dev.crosswalk.core.application;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.ConnectionStatus;
import dev.crosswalk.core.domain.MappingOverride;
import dev.crosswalk.core.domain.OverrideScope;
import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.port.in.ManageMappingOverridesUseCase;
import dev.crosswalk.core.port.in.MappingState;
import dev.crosswalk.core.port.in.OverrideLevel;
import dev.crosswalk.core.port.in.UseCaseException;
import dev.crosswalk.core.port.out.crm.CrmPorts;
import dev.crosswalk.core.port.out.store.ConnectionStore;
import dev.crosswalk.core.port.out.store.MappingOverrideStore;
import dev.crosswalk.core.toolkit.mapping.EvaluationBudget;
import dev.crosswalk.core.toolkit.mapping.MappingException;
import dev.crosswalk.core.toolkit.mapping.UnifiedMapping;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps tenants' mapping overrides: each new version is validated against the schemas it will meet (a tenant-wide
 * override against every connection of the kind, a connection's against that connection), layered on what lies
 * beneath it (the connector's file, and for a connection's override the tenant's), stored as a new version, and in
 * force for the next request.
 */
final class MappingOverridesService implements ManageMappingOverridesUseCase {

    /** The source name problems in an override document are reported under. */
    static final String OVERRIDE_SOURCE = "override";

    /** How long checking one override against one connection's schema may spend evaluating JSONata. */
    static final Duration VALIDATION_BUDGET = Duration.ofSeconds(3);

    private final ConnectionResolver resolver;
    private final ConnectionStore connections;
    private final MappingRegistry mappings;
    private final MappingOverrideStore store;

    MappingOverridesService(ConnectionResolver resolver, ConnectionStore connections, MappingRegistry mappings,
            MappingOverrideStore store) {
        this.resolver = resolver;
        this.connections = connections;
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
    public List<String> validate(ConnectionRef ref, UnifiedObject object, OverrideLevel level, String document) {
        return problems(resolver.open(ref), object, level, document);
    }

    @Override
    public MappingOverride set(ConnectionRef ref, UnifiedObject object, OverrideLevel level, String document,
            int expectedVersion) {
        ConnectedCrm crm = resolver.open(ref);
        List<String> problems = problems(crm, object, level, document);
        if (!problems.isEmpty()) {
            throw new UseCaseException.MappingRejected(problems);
        }
        return append(crm.connection(), object, level, document, expectedVersion);
    }

    @Override
    public MappingOverride remove(ConnectionRef ref, UnifiedObject object, OverrideLevel level, int expectedVersion) {
        Connection connection = resolver.existingConnection(ref);
        OverrideScope scope = scope(connection, level);
        boolean present = store.current(scope, object).flatMap(MappingOverride::document).isPresent();
        if (!present) {
            throw new UseCaseException.NoSuchOverride("connection '" + ref.id() + "' has no " + describe(level)
                    + " override of the " + object.singular() + " mapping to remove");
        }
        return append(connection, object, level, null, expectedVersion);
    }

    @Override
    public List<MappingOverride> history(ConnectionRef ref, UnifiedObject object, OverrideLevel level) {
        return store.history(scope(resolver.existingConnection(ref), level), object);
    }

    @Override
    public MappingOverride restore(ConnectionRef ref, UnifiedObject object, OverrideLevel level, int version,
            int expectedVersion) {
        ConnectedCrm crm = resolver.open(ref);
        OverrideScope scope = scope(crm.connection(), level);
        MappingOverride earlier = store.history(scope, object).stream()
                .filter(stored -> stored.version() == version).findFirst()
                .orElseThrow(() -> new UseCaseException.NoSuchOverride("the " + describe(level) + " override of the "
                        + object.singular() + " mapping of connection '" + ref.id() + "' has no version " + version));
        Optional<String> document = earlier.document();
        if (document.isEmpty()) {
            return append(crm.connection(), object, level, null, expectedVersion);
        }
        return set(ref, object, level, document.get(), expectedVersion);
    }

    /**
     * Every problem of {@code document} at {@code level}: first on its own, then, layered on what lies beneath it,
     * the problems the layered mapping has that the layers beneath do not (so a problem of the override is reported
     * wherever in the layered mapping it shows), on every connection the layer will serve.
     */
    private List<String> problems(ConnectedCrm crm, UnifiedObject object, OverrideLevel level, String document) {
        List<String> syntax = UnifiedMapping.problemsIn(OVERRIDE_SOURCE, document);
        if (!syntax.isEmpty()) {
            return syntax;
        }
        List<String> problems = new ArrayList<>();
        for (ConnectedCrm served : servedBy(crm, level)) {
            String prefix = served == crm ? "" : "on connection '" + served.connection().id() + "': ";
            problemsOn(served, object, level, document).forEach(problem -> problems.add(prefix + problem));
        }
        return problems;
    }

    private List<String> problemsOn(ConnectedCrm crm, UnifiedObject object, OverrideLevel level, String document) {
        UnifiedMapping below = mappings.below(crm.connection(), crm.ports(), object, level == OverrideLevel.CONNECTION);
        UnifiedMapping layered;
        try {
            layered = below.withOverride(OVERRIDE_SOURCE, document);
        } catch (MappingException broken) {
            return List.of(broken.getMessage());
        }
        try (EvaluationBudget budget = EvaluationBudget.open(VALIDATION_BUDGET)) {
            Set<String> already = new HashSet<>(below.validate(crm::describeIfPresent));
            return layered.validate(crm::describeIfPresent).stream()
                    .filter(problem -> !already.contains(problem))
                    .toList();
        }
    }

    /**
     * @return the connections a layer serves: the connection itself, and for the tenant-wide layer every other usable
     *     connection the tenant has of the same connector kind
     */
    private List<ConnectedCrm> servedBy(ConnectedCrm crm, OverrideLevel level) {
        List<ConnectedCrm> served = new ArrayList<>(List.of(crm));
        if (level == OverrideLevel.TENANT) {
            Connection connection = crm.connection();
            connections.list(connection.tenant()).stream()
                    .filter(other -> other.connectorKind().equals(connection.connectorKind()))
                    .filter(other -> !other.id().equals(connection.id()))
                    .filter(other -> other.status() == ConnectionStatus.ACTIVE)
                    .forEach(other -> served.add(resolver.open(other.ref())));
        }
        return served;
    }

    private MappingOverride append(Connection connection, UnifiedObject object, OverrideLevel level, String document,
            int expectedVersion) {
        OverrideScope scope = scope(connection, level);
        int current = store.current(scope, object).map(MappingOverride::version).orElse(0);
        if (expectedVersion != ANY_VERSION && expectedVersion != current) {
            throw new UseCaseException.OverrideConflict("the " + describe(level) + " override of the "
                    + object.singular() + " mapping is at version " + current + ", not " + expectedVersion
                    + "; read it again and retry");
        }
        try {
            return store.append(scope, object, document, current);
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
