package dev.crosswalk.core.port.in;

import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.MappingOverride;
import dev.crosswalk.core.domain.UnifiedObject;
import java.util.List;

/**
 * Reads, sets, checks and restores a tenant's mapping overrides. An override is validated against the connection's
 * schema (every field it reads exists; every unified field it writes gets a value of a fitting type) before it is
 * stored, and applies to the next request without a restart. Every version is kept. Thread-safe.
 *
 * @since 0.1
 */
public interface ManageMappingOverridesUseCase {

    /** The expected version that means "whatever version is current": the last write wins. */
    int ANY_VERSION = -1;

    /**
     * @param connection the tenant's connection; never {@code null}
     * @param object the unified object; never {@code null}
     * @return the connector's mapping and the overrides layered on it
     * @throws UseCaseException for an unknown connection, a connector without that object
     */
    MappingState current(ConnectionRef connection, UnifiedObject object);

    /**
     * Checks an override without storing it, as {@link #set} would: a tenant-wide override against every connection
     * the tenant has of the connector's kind, a connection's own against that connection.
     *
     * @param connection the connection whose schema it is checked against; never {@code null}
     * @param object the unified object; never {@code null}
     * @param level the layer it is meant for; never {@code null}
     * @param document the override document (YAML or JSON); never {@code null}
     * @return every problem found, each naming where (line and column) and why; empty when it is valid
     * @throws UseCaseException for an unknown connection, a connector without that object, or a CRM failure while
     *     reading the schema
     */
    List<String> validate(ConnectionRef connection, UnifiedObject object, OverrideLevel level, String document);

    /**
     * Validates and stores an override as a new version; the last write wins.
     *
     * @param connection the connection; never {@code null}
     * @param object the unified object; never {@code null}
     * @param level the layer to set; never {@code null}
     * @param document the override document; never {@code null}
     * @return the stored version
     * @throws UseCaseException.MappingRejected listing every problem, when it is invalid
     * @throws UseCaseException.OverrideConflict when another writer changed the layer at the same moment
     * @throws UseCaseException for the reasons {@link #validate} gives
     */
    default MappingOverride set(ConnectionRef connection, UnifiedObject object, OverrideLevel level, String document) {
        return set(connection, object, level, document, ANY_VERSION);
    }

    /**
     * Like {@link #set(ConnectionRef, UnifiedObject, OverrideLevel, String)}, only if the layer is still at the version
     * the caller read (optimistic concurrency: two people editing one version cannot overwrite each other).
     *
     * @param expectedVersion the layer's current version as the caller read it, 0 when it had none, or
     *     {@link #ANY_VERSION}
     * @throws UseCaseException.OverrideConflict when the layer is at another version
     */
    MappingOverride set(ConnectionRef connection, UnifiedObject object, OverrideLevel level, String document,
            int expectedVersion);

    /**
     * Removes a layer's override by storing a version without a document; the last write wins.
     *
     * @return the stored version
     * @throws UseCaseException.NoSuchOverride when the layer holds no override
     * @throws UseCaseException for an unknown connection
     */
    default MappingOverride remove(ConnectionRef connection, UnifiedObject object, OverrideLevel level) {
        return remove(connection, object, level, ANY_VERSION);
    }

    /**
     * Like {@link #remove(ConnectionRef, UnifiedObject, OverrideLevel)}, only if the layer is still at
     * {@code expectedVersion} (or {@link #ANY_VERSION}).
     *
     * @throws UseCaseException.OverrideConflict when the layer is at another version
     */
    MappingOverride remove(ConnectionRef connection, UnifiedObject object, OverrideLevel level, int expectedVersion);

    /**
     * @return every version of a layer, newest first; empty when none was ever stored
     * @throws UseCaseException for an unknown connection
     */
    List<MappingOverride> history(ConnectionRef connection, UnifiedObject object, OverrideLevel level);

    /**
     * Makes an earlier version current again by storing its document as a new version, after validating it against
     * the connection's schema as it is now.
     *
     * @param version the version to restore, 1 or more
     * @return the stored version
     * @throws UseCaseException.NoSuchOverride when the layer has no such version
     * @throws UseCaseException.MappingRejected when that version no longer fits the schema
     */
    default MappingOverride restore(ConnectionRef connection, UnifiedObject object, OverrideLevel level, int version) {
        return restore(connection, object, level, version, ANY_VERSION);
    }

    /**
     * Like {@link #restore(ConnectionRef, UnifiedObject, OverrideLevel, int)}, only if the layer is still at
     * {@code expectedVersion} (or {@link #ANY_VERSION}).
     *
     * @throws UseCaseException.OverrideConflict when the layer is at another version
     */
    MappingOverride restore(ConnectionRef connection, UnifiedObject object, OverrideLevel level, int version,
            int expectedVersion);
}
