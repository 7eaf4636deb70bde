package dev.crosswalk.adapters.persistence;

import static dev.crosswalk.adapters.persistence.generated.Tables.MAPPING_OVERRIDES;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.MappingOverride;
import dev.crosswalk.core.domain.OverrideScope;
import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.port.out.store.MappingOverrideStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.SelectConditionStep;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * Mapping override versions in {@code mapping_overrides}, keyed by tenant, connector kind, connection (or
 * {@link #TENANT_WIDE} for the tenant-wide scope), unified object and version; see the V4 migration.
 *
 * <p>An append is one {@code INSERT ... SELECT} that writes version {@code expected + 1} only while {@code expected}
 * is the newest version. Two writers that both read the same newest version insert the same key, and the primary key
 * lets exactly one of them through; the others fail and are reported as a {@link VersionConflictException}. No lock
 * is taken and no separate read precedes the write; only a failed append reads (the tenant, the current version) to
 * say why it failed.
 */
final class JooqMappingOverrideStore implements MappingOverrideStore {

    /** Stands for "every connection of the kind"; no connection id can be {@code *}. */
    static final String TENANT_WIDE = "*";

    private final DSLContext db;
    private final Clock clock;

    JooqMappingOverrideStore(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Optional<MappingOverride> current(OverrideScope scope, UnifiedObject object) {
        return selectVersions(scope, object)
                .orderBy(MAPPING_OVERRIDES.VERSION.desc())
                .limit(1)
                .fetchOptional(row -> toOverride(scope, object, row));
    }

    @Override
    public List<MappingOverride> history(OverrideScope scope, UnifiedObject object) {
        return selectVersions(scope, object)
                .orderBy(MAPPING_OVERRIDES.VERSION.desc())
                .fetch(row -> toOverride(scope, object, row));
    }

    /** @throws IllegalArgumentException also when {@code expectedCurrentVersion} is negative */
    @Override
    public MappingOverride append(
            OverrideScope scope, UnifiedObject object, String document, int expectedCurrentVersion) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(object, "object");
        if (expectedCurrentVersion < 0) {
            throw new IllegalArgumentException("an expected override version is 0 (none yet) or more, not "
                    + expectedCurrentVersion);
        }
        int version = expectedCurrentVersion + 1;
        Instant createdAt = Times.now(clock);
        if (!tryInsert(scope, object, document, expectedCurrentVersion, createdAt)) {
            JooqTenantStore.requireTenant(db, scope.tenant());
            throw new VersionConflictException(scope, object, currentVersion(scope, object));
        }
        return MappingOverride.of(scope, object, version, document, createdAt);
    }

    /**
     * Inserts version {@code expected + 1} if {@code expected} is the newest version (0: there is none).
     *
     * @return whether the row was inserted; {@code false} when another version is newest, when a concurrent writer
     *     inserted the same version first, or when the tenant does not exist (the foreign key)
     */
    private boolean tryInsert(
            OverrideScope scope, UnifiedObject object, String document, int expected, Instant createdAt) {
        var newest = select(coalesce(max(MAPPING_OVERRIDES.VERSION), inline(0)))
                .from(MAPPING_OVERRIDES)
                .where(matches(scope, object));
        try {
            return db.insertInto(
                                    MAPPING_OVERRIDES,
                                    MAPPING_OVERRIDES.TENANT_ID,
                                    MAPPING_OVERRIDES.CONNECTOR_KIND,
                                    MAPPING_OVERRIDES.CONNECTION_ID,
                                    MAPPING_OVERRIDES.UNIFIED_OBJECT,
                                    MAPPING_OVERRIDES.VERSION,
                                    MAPPING_OVERRIDES.DOCUMENT,
                                    MAPPING_OVERRIDES.CREATED_AT)
                            .select(select(
                                            val(scope.tenant().value()),
                                            val(scope.connectorKind()),
                                            val(connectionColumn(scope)),
                                            val(object.singular()),
                                            val(expected + 1),
                                            val(document, MAPPING_OVERRIDES.DOCUMENT),
                                            val(createdAt, MAPPING_OVERRIDES.CREATED_AT))
                                    .where(newest.asField().eq(expected)))
                            .execute()
                    == 1;
        } catch (IntegrityConstraintViolationException sameVersionOrNoTenant) {
            return false;
        }
    }

    private int currentVersion(OverrideScope scope, UnifiedObject object) {
        Integer newest = db.select(max(MAPPING_OVERRIDES.VERSION))
                .from(MAPPING_OVERRIDES)
                .where(matches(scope, object))
                .fetchOne(0, Integer.class);
        return newest == null ? 0 : newest;
    }

    private SelectConditionStep<Record3<Integer, String, Instant>> selectVersions(
            OverrideScope scope, UnifiedObject object) {
        return db.select(MAPPING_OVERRIDES.VERSION, MAPPING_OVERRIDES.DOCUMENT, MAPPING_OVERRIDES.CREATED_AT)
                .from(MAPPING_OVERRIDES)
                .where(matches(scope, object));
    }

    private static Condition matches(OverrideScope scope, UnifiedObject object) {
        return MAPPING_OVERRIDES.TENANT_ID.eq(scope.tenant().value())
                .and(MAPPING_OVERRIDES.CONNECTOR_KIND.eq(scope.connectorKind()))
                .and(MAPPING_OVERRIDES.CONNECTION_ID.eq(connectionColumn(scope)))
                .and(MAPPING_OVERRIDES.UNIFIED_OBJECT.eq(object.singular()));
    }

    private static String connectionColumn(OverrideScope scope) {
        return scope.connection().map(ConnectionId::value).orElse(TENANT_WIDE);
    }

    private static MappingOverride toOverride(
            OverrideScope scope, UnifiedObject object, Record3<Integer, String, Instant> row) {
        return MappingOverride.of(scope, object, row.value1(), row.value2(), row.value3());
    }
}
