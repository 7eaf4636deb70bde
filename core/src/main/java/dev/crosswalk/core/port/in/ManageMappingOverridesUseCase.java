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

    /**
     * @param connection the tenant's connection; never {@code null}
     * @param object the unified object; never {@code null}
     * @return the connector's mapping and the overrides layered on it
     * @throws UseCaseException for an unknown connection, a connector without that object
     */
    MappingState current(ConnectionRef connection, UnifiedObject object);

    /**
     * Checks an override without storing it.
     *
     * @param connection the connection whose schema it is checked against; never {@code null}
     * @param object the unified object; never {@code null}
     * @param document the override document (YAML or JSON); never {@code null}
     * @return every problem found, each naming where (line and column) and why; empty when it is valid
     * @throws UseCaseException for an unknown connection, a connector without that object, or a CRM failure while
     *     reading the schema
     */
    List<String> validate(ConnectionRef connection, UnifiedObject object, String document);

    /**
     * Validates and stores an override as a new version.
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
    MappingOverride set(ConnectionRef connection, UnifiedObject object, OverrideLevel level, String document);

    /**
     * Removes a layer's override by storing a version without a document.
     *
     * @return the stored version
     * @throws UseCaseException.NoSuchOverride when the layer holds no override
     * @throws UseCaseException for an unknown connection
     */
    MappingOverride remove(ConnectionRef connection, UnifiedObject object, OverrideLevel level);

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
    MappingOverride restore(ConnectionRef connection, UnifiedObject object, OverrideLevel level, int version);
}
