package dev.crosswalk.core.port.out.store;

import dev.crosswalk.core.domain.MappingOverride;
import dev.crosswalk.core.domain.OverrideScope;
import dev.crosswalk.core.domain.UnifiedObject;
import java.util.List;
import java.util.Optional;

/**
 * Keeps every version of the tenants' mapping overrides. Versions are appended, never rewritten, so any earlier one
 * can be restored. Thread-safe.
 *
 * @since 0.1
 */
public interface MappingOverrideStore {

    /**
     * @param scope where the override applies; never {@code null}
     * @param object the unified object; never {@code null}
     * @return the newest version (whose document is empty when it removed the override), or empty when none was ever
     *     stored
     */
    Optional<MappingOverride> current(OverrideScope scope, UnifiedObject object);

    /**
     * Appends a version, unless another writer appended one since the caller read {@code expectedCurrentVersion}.
     *
     * @param scope where the override applies; its tenant must exist; never {@code null}
     * @param object the unified object; never {@code null}
     * @param document the override document, or {@code null} to remove the override
     * @param expectedCurrentVersion the version the caller based the change on, 0 when there was none
     * @return the stored version, numbered {@code expectedCurrentVersion + 1}
     * @throws VersionConflictException when the current version is not {@code expectedCurrentVersion}
     * @throws IllegalArgumentException when the tenant does not exist
     */
    MappingOverride append(OverrideScope scope, UnifiedObject object, String document, int expectedCurrentVersion);

    /**
     * @param scope where the override applies; never {@code null}
     * @param object the unified object; never {@code null}
     * @return every version, newest first; empty when none was ever stored
     */
    List<MappingOverride> history(OverrideScope scope, UnifiedObject object);

    /** Another writer changed the override between a caller's read and its write. */
    final class VersionConflictException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final int currentVersion;

        /**
         * @param scope where the override applies
         * @param object the unified object
         * @param currentVersion the version now current
         */
        public VersionConflictException(OverrideScope scope, UnifiedObject object, int currentVersion) {
            super("the " + object.singular() + " mapping override of " + scope + " changed meanwhile; it is now at"
                    + " version " + currentVersion);
            this.currentVersion = currentVersion;
        }

        /** @return the version now current */
        public int currentVersion() {
            return currentVersion;
        }
    }
}
