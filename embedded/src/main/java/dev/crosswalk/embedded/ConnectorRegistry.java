package dev.crosswalk.embedded;

import dev.crosswalk.core.port.out.crm.CrmPorts;
import dev.crosswalk.core.port.out.crm.MappingDocument;
import dev.crosswalk.core.port.out.host.CrmPortsProvider;
import dev.crosswalk.core.toolkit.mapping.MappingException;
import dev.crosswalk.core.toolkit.mapping.UnifiedMapping;
import dev.crosswalk.spi.Connector;
import dev.crosswalk.spi.ConnectorContext;
import dev.crosswalk.spi.ConnectorFactory;
import dev.crosswalk.spi.ConnectorPlugin;
import dev.crosswalk.spi.config.ConfigValidationException;
import dev.crosswalk.spi.config.ConnectorConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads connector plugins with {@link ServiceLoader}, creates each configured one once, and serves their ports by
 * kind. A plugin without configuration is loaded but not started. Thread-safe once built.
 */
final class ConnectorRegistry implements CrmPortsProvider, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectorRegistry.class);

    private final Map<String, Connector> connectors;

    private ConnectorRegistry(Map<String, Connector> connectors) {
        this.connectors = Map.copyOf(connectors);
    }

    /**
     * @param configByKind raw configuration per connector kind
     * @param context the machinery lent to every connector
     * @return the started connectors
     * @throws IllegalStateException when configuration names a kind no plugin provides, or two plugins claim a kind
     * @throws IllegalStateException naming the connector and every problem, when a connector's configuration is
     *     invalid (its cause is the {@link ConfigValidationException}); every configuration is checked before any
     *     connector starts
     * @throws IllegalStateException naming the file, line and column, when a connector ships a broken mapping file;
     *     connectors already started are closed
     */
    static ConnectorRegistry load(Map<String, Map<String, String>> configByKind, ConnectorContext context,
            ClassLoader plugins) {
        Map<String, ConnectorFactory> factories = discover(plugins);
        List<String> unknown = configByKind.keySet().stream().filter(kind -> !factories.containsKey(kind)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("configuration names connectors no plugin provides: " + unknown
                    + "; installed: " + factories.keySet());
        }
        Map<String, ConnectorConfig> validated = new LinkedHashMap<>();
        configByKind.forEach((kind, raw) -> validated.put(kind, validate(kind, factories.get(kind), raw)));
        Map<String, Connector> started = new LinkedHashMap<>();
        validated.forEach((kind, config) -> {
            try {
                Connector connector = factories.get(kind).create(config, context);
                started.put(kind, connector);
                checkMappingFiles(kind, connector);
            } catch (RuntimeException failed) {
                IllegalStateException notClosed = closeAll(started);
                if (notClosed != null) {
                    failed.addSuppressed(notClosed);
                }
                throw failed;
            }
            LOG.info("started connector '{}'", kind);
        });
        return new ConnectorRegistry(started);
    }

    private static ConnectorConfig validate(String kind, ConnectorFactory factory, Map<String, String> raw) {
        try {
            return factory.configSpec().validate(raw);
        } catch (ConfigValidationException invalid) {
            throw new IllegalStateException("the '" + kind + "' connector's configuration is invalid: "
                    + String.join("; ", invalid.problems()), invalid);
        }
    }

    /** A broken mapping file stops the host at start, naming the file, line and column, not at a tenant's request. */
    private static void checkMappingFiles(String kind, Connector connector) {
        for (MappingDocument document : connector.mappings()) {
            try {
                UnifiedMapping.compile(document);
            } catch (MappingException broken) {
                throw new IllegalStateException("the '" + kind + "' connector ships a broken mapping file: "
                        + broken.getMessage(), broken);
            }
        }
    }

    /** @return the factory of every installed plugin, by kind */
    static Map<String, ConnectorFactory> discover(ClassLoader plugins) {
        Map<String, ConnectorFactory> factories = new LinkedHashMap<>();
        for (ConnectorPlugin plugin : ServiceLoader.load(ConnectorPlugin.class, plugins)) {
            ConnectorFactory factory = plugin.connectorFactory();
            ConnectorFactory clash = factories.putIfAbsent(factory.kind(), factory);
            if (clash != null) {
                throw new IllegalStateException("two plugins provide the connector kind '" + factory.kind() + "': "
                        + clash.getClass().getName() + " and " + factory.getClass().getName());
            }
        }
        return factories;
    }

    /** @return the kinds of the started connectors */
    java.util.Set<String> kinds() {
        return connectors.keySet();
    }

    @Override
    public Optional<CrmPorts> forKind(String connectorKind) {
        return Optional.ofNullable(connectors.get(connectorKind));
    }

    /**
     * Closes every connector, even when one fails to close.
     *
     * @throws IllegalStateException naming the connectors that failed to close (each failure suppressed in it, and
     *     logged)
     */
    @Override
    public void close() {
        IllegalStateException notClosed = closeAll(connectors);
        if (notClosed != null) {
            throw notClosed;
        }
    }

    /** @return what failed, with each connector's failure suppressed in it; {@code null} when every one closed */
    private static IllegalStateException closeAll(Map<String, Connector> connectors) {
        List<String> failedKinds = new ArrayList<>();
        List<RuntimeException> failures = new ArrayList<>();
        connectors.forEach((kind, connector) -> {
            try {
                connector.close();
            } catch (RuntimeException closing) {
                LOG.warn("closing the '{}' connector failed", kind, closing);
                failedKinds.add(kind);
                failures.add(closing);
            }
        });
        if (failures.isEmpty()) {
            return null;
        }
        IllegalStateException notClosed = new IllegalStateException("closing connectors failed: " + failedKinds);
        failures.forEach(notClosed::addSuppressed);
        return notClosed;
    }
}
