package dev.crosswalk.core.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One stored version of a mapping override: a document that layers on a connector's mapping file for one unified
 * object in one scope, or (with no document) the version that removed the override. Versions count from 1 per scope
 * and object and are never rewritten; restoring an old one appends a new version with its document. Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public final class MappingOverride {

    private final OverrideScope scope;
    private final UnifiedObject object;
    private final int version;
    private final String document;
    private final Instant createdAt;

    private MappingOverride(OverrideScope scope, UnifiedObject object, int version, String document, Instant createdAt) {
        this.scope = Objects.requireNonNull(scope, "scope");
        this.object = Objects.requireNonNull(object, "object");
        if (version < 1) {
            throw new IllegalArgumentException("override versions count from 1");
        }
        this.version = version;
        this.document = document;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * @param scope where it applies; never {@code null}
     * @param object the unified object it changes; never {@code null}
     * @param version 1 or more
     * @param document the override document (YAML or JSON text), or {@code null} for a version that removed it
     * @param createdAt when the version was stored; never {@code null}
     * @return the version
     */
    public static MappingOverride of(OverrideScope scope, UnifiedObject object, int version, String document,
            Instant createdAt) {
        return new MappingOverride(scope, object, version, document, createdAt);
    }

    /** @return where it applies; never {@code null} */
    public OverrideScope scope() {
        return scope;
    }

    /** @return the unified object it changes; never {@code null} */
    public UnifiedObject object() {
        return object;
    }

    /** @return the version, 1 or more */
    public int version() {
        return version;
    }

    /** @return the override document, or empty for a version that removed the override */
    public Optional<String> document() {
        return Optional.ofNullable(document);
    }

    /** @return when the version was stored; never {@code null} */
    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MappingOverride that && that.scope.equals(scope) && that.object == object
                && that.version == version && Objects.equals(that.document, document)
                && that.createdAt.equals(createdAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(scope, object, version, document, createdAt);
    }

    @Override
    public String toString() {
        return "MappingOverride[" + scope + " " + object.singular() + " v" + version
                + (document == null ? " removed" : "") + "]";
    }
}
