package dev.crosswalk.adapters.persistence;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.fakes.MutableClock;
import java.net.URI;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Runs a store's contract against one database per test class: H2 in {@code *Test} subclasses, PostgreSQL in
 * {@code *IT} ones. Tests stay independent by working under fresh tenants.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DatabaseContract {

    final TokenEncryptionKey key = TokenEncryptionKey.generate();
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));
    private final List<CrosswalkDatabase> opened = new ArrayList<>();
    private TestDatabase testDatabase;
    CrosswalkDatabase database;

    /** @return a new empty database of the kind this subclass tests */
    abstract TestDatabase createTestDatabase();

    @BeforeAll
    final void openDatabase() {
        testDatabase = createTestDatabase();
        database = openAnother(key);
    }

    @AfterAll
    final void dropDatabase() {
        opened.forEach(CrosswalkDatabase::close);
        if (testDatabase != null) {
            testDatabase.close();
        }
    }

    /** @return another instance on the same database, as a second server node would open it; closed after the class */
    final CrosswalkDatabase openAnother(TokenEncryptionKey tokenKey) {
        CrosswalkDatabase another = CrosswalkDatabase.open(testDatabase.settings(tokenKey), clock);
        opened.add(another);
        return another;
    }

    final TenantId newTenant() {
        TenantId tenant = new TenantId("tenant-" + UUID.randomUUID());
        database.tenants().createTenant(tenant, "Acme " + tenant);
        return tenant;
    }

    static Connection salesforceConnection(TenantId tenant, String id) {
        return Connection.builder(
                        new ConnectionRef(tenant, new ConnectionId(id)),
                        "salesforce",
                        URI.create("https://acme.my.salesforce.com"))
                .settings(Map.of("apiVersion", "v62.0"))
                .build();
    }

    /** @return the first column of the only row the query finds, read past the stores with plain JDBC */
    final String rawValue(String sql, String... parameters) {
        return raw(sql, parameters, statement -> {
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new AssertionError("no row for " + sql);
                }
                return row.getString(1);
            }
        });
    }

    /** @return how many rows the statement changed, written past the stores with plain JDBC */
    final int rawUpdate(String sql, String... parameters) {
        return raw(sql, parameters, PreparedStatement::executeUpdate);
    }

    private <T> T raw(String sql, String[] parameters, StatementRun<T> run) {
        DatabaseSettings settings = testDatabase.settings(key);
        String password = settings.password() == null ? "" : settings.password().reveal();
        try (var connection = DriverManager.getConnection(settings.jdbcUrl(), settings.username(), password);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            return run.on(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface StatementRun<T> {
        T on(PreparedStatement statement) throws SQLException;
    }
}
