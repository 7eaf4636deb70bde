package dev.crosswalk.adapters.persistence;

import static dev.crosswalk.adapters.persistence.generated.Tables.CONNECTIONS;
import static dev.crosswalk.adapters.persistence.generated.Tables.CONNECTION_LOCKS;
import static dev.crosswalk.adapters.persistence.generated.Tables.MAPPING_OVERRIDES;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.ConnectionStatus;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.port.out.store.ConnectionStore;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record7;
import org.jooq.Records;
import org.jooq.SelectJoinStep;

/**
 * Connections, always looked up by tenant and id together. Their secret settings are one value encrypted by
 * {@link TokenCipher} ({@link SecretSettings}). A connection found is kept for a few seconds
 * ({@link RecentReads}): a change saved on another node is seen within {@link RecentReads#FRESH_FOR}.
 */
final class JooqConnectionStore implements ConnectionStore {

    private static final Comparator<Connection> BY_ID = Comparator.comparing(connection -> connection.id().value());

    private final DSLContext db;
    private final TokenCipher cipher;
    private final Clock clock;
    private final RecentReads<ConnectionRef, Connection> recent;

    JooqConnectionStore(DSLContext db, TokenCipher cipher, Clock clock) {
        this.db = db;
        this.cipher = cipher;
        this.clock = clock;
        this.recent = new RecentReads<>(clock);
    }

    @Override
    public Optional<Connection> find(ConnectionRef ref) {
        return recent.get(ref, () -> selectConnections()
                .where(matches(ref))
                .fetchOptional(Records.mapping(this::toConnection)));
    }

    /** Sorts in Java, not SQL: a PostgreSQL database's collation may order ids ignoring case, Java never does. */
    @Override
    public List<Connection> list(TenantId tenant) {
        return selectConnections()
                .where(CONNECTIONS.TENANT_ID.eq(tenant.value()))
                .fetch(Records.mapping(this::toConnection))
                .stream()
                .sorted(BY_ID)
                .toList();
    }

    @Override
    public void save(Connection connection) {
        JooqTenantStore.requireTenant(db, connection.tenant());
        Instant now = Times.now(clock);
        String instanceUrl = connection.instanceUrl().toString();
        String status = connection.status().name();
        String settings = SettingsJson.write(connection.settings());
        String secretSettings = SecretSettings.encrypt(cipher, connection.secretSettings(), connection.ref());
        db.insertInto(CONNECTIONS)
                .set(CONNECTIONS.TENANT_ID, connection.tenant().value())
                .set(CONNECTIONS.CONNECTION_ID, connection.id().value())
                .set(CONNECTIONS.CONNECTOR_KIND, connection.connectorKind())
                .set(CONNECTIONS.INSTANCE_URL, instanceUrl)
                .set(CONNECTIONS.STATUS, status)
                .set(CONNECTIONS.SETTINGS, settings)
                .set(CONNECTIONS.SECRET_SETTINGS_CIPHERTEXT, secretSettings)
                .set(CONNECTIONS.CREATED_AT, now)
                .set(CONNECTIONS.UPDATED_AT, now)
                .onConflict(CONNECTIONS.TENANT_ID, CONNECTIONS.CONNECTION_ID)
                .doUpdate()
                .set(CONNECTIONS.CONNECTOR_KIND, connection.connectorKind())
                .set(CONNECTIONS.INSTANCE_URL, instanceUrl)
                .set(CONNECTIONS.STATUS, status)
                .set(CONNECTIONS.SETTINGS, settings)
                .set(CONNECTIONS.SECRET_SETTINGS_CIPHERTEXT, secretSettings)
                .set(CONNECTIONS.REFRESH_FAILURES, 0)
                .set(CONNECTIONS.UPDATED_AT, now)
                .execute();
        recent.forget(connection.ref());
    }

    @Override
    public boolean updateInstanceUrl(ConnectionRef ref, URI instanceUrl) {
        boolean updated = db.update(CONNECTIONS)
                        .set(CONNECTIONS.INSTANCE_URL, instanceUrl.toString())
                        .set(CONNECTIONS.UPDATED_AT, Times.now(clock))
                        .where(matches(ref))
                        .execute()
                == 1;
        recent.forget(ref);
        return updated;
    }

    @Override
    public boolean updateStatus(ConnectionRef ref, ConnectionStatus expected, ConnectionStatus next) {
        boolean moved = db.update(CONNECTIONS)
                        .set(CONNECTIONS.STATUS, next.name())
                        .set(CONNECTIONS.UPDATED_AT, Times.now(clock))
                        .where(matches(ref))
                        .and(CONNECTIONS.STATUS.eq(expected.name()))
                        .execute()
                == 1;
        recent.forget(ref);
        return moved;
    }

    /** The row lock the increment takes orders concurrent callers, so each reads its own count. */
    @Override
    public int recordRefreshFailure(ConnectionRef ref) {
        return db.transactionResult(() -> {
            db.update(CONNECTIONS)
                    .set(CONNECTIONS.REFRESH_FAILURES, CONNECTIONS.REFRESH_FAILURES.plus(1))
                    .where(matches(ref))
                    .execute();
            return db.select(CONNECTIONS.REFRESH_FAILURES).from(CONNECTIONS).where(matches(ref))
                    .fetchOptional(CONNECTIONS.REFRESH_FAILURES).orElse(0);
        });
    }

    @Override
    public void clearRefreshFailures(ConnectionRef ref) {
        db.update(CONNECTIONS)
                .set(CONNECTIONS.REFRESH_FAILURES, 0)
                .where(matches(ref))
                .and(CONNECTIONS.REFRESH_FAILURES.ne(0))
                .execute();
    }

    /**
     * In one transaction, with its tokens (the foreign key cascades), its lease and its connection-level mapping
     * overrides, so a connection created later under the same id starts clean. Tenant-wide overrides stay.
     */
    @Override
    public boolean delete(ConnectionRef ref) {
        boolean deleted = db.transactionResult(() -> {
            db.deleteFrom(MAPPING_OVERRIDES)
                    .where(MAPPING_OVERRIDES.TENANT_ID.eq(ref.tenant().value()))
                    .and(MAPPING_OVERRIDES.CONNECTION_ID.eq(ref.id().value()))
                    .execute();
            db.deleteFrom(CONNECTION_LOCKS)
                    .where(CONNECTION_LOCKS.TENANT_ID.eq(ref.tenant().value()))
                    .and(CONNECTION_LOCKS.CONNECTION_ID.eq(ref.id().value()))
                    .execute();
            return db.deleteFrom(CONNECTIONS).where(matches(ref)).execute() > 0;
        });
        recent.forget(ref);
        return deleted;
    }

    /** @return whether the tenant has a connection of that id */
    static boolean exists(DSLContext db, ConnectionRef ref) {
        return db.fetchExists(CONNECTIONS, matches(ref));
    }

    private static Condition matches(ConnectionRef ref) {
        return CONNECTIONS.TENANT_ID.eq(ref.tenant().value()).and(CONNECTIONS.CONNECTION_ID.eq(ref.id().value()));
    }

    private SelectJoinStep<Record7<String, String, String, String, String, String, String>> selectConnections() {
        return db.select(
                        CONNECTIONS.CONNECTION_ID,
                        CONNECTIONS.TENANT_ID,
                        CONNECTIONS.CONNECTOR_KIND,
                        CONNECTIONS.INSTANCE_URL,
                        CONNECTIONS.STATUS,
                        CONNECTIONS.SETTINGS,
                        CONNECTIONS.SECRET_SETTINGS_CIPHERTEXT)
                .from(CONNECTIONS);
    }

    private Connection toConnection(String id, String tenant, String connectorKind, String instanceUrl, String status,
            String settings, String secretSettings) {
        ConnectionRef ref = new ConnectionRef(new TenantId(tenant), new ConnectionId(id));
        return Connection.builder(ref, connectorKind, URI.create(instanceUrl))
                .status(ConnectionStatus.valueOf(status))
                .settings(SettingsJson.read(settings))
                .secretSettings(SecretSettings.decrypt(cipher, secretSettings, ref))
                .build();
    }
}
