package dev.crosswalk.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.OverrideScope;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.domain.UnifiedObject;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A host application that embeds Crosswalk on its own connection pool. */
abstract class HostDataSourceContract {

    private static final TokenEncryptionKey KEY = TokenEncryptionKey.generate();

    private TestDatabase testDatabase;
    private HikariDataSource hostPool;

    /** @return a new empty database of the kind this subclass tests */
    abstract TestDatabase createTestDatabase();

    @BeforeEach
    final void startTheHostsPool() {
        testDatabase = createTestDatabase();
        DatabaseSettings settings = testDatabase.settings(KEY);
        HikariConfig config = new HikariConfig();
        config.setPoolName("host");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.username());
        config.setMaximumPoolSize(3);
        hostPool = new HikariDataSource(config);
    }

    @AfterEach
    final void stopTheHostsPool() {
        hostPool.close();
        testDatabase.close();
    }

    @Test
    void migratesTheHostsDatabaseAndServesEveryStoreOnIt() {
        TenantId tenant = new TenantId("acme");
        ConnectionRef ref = new ConnectionRef(tenant, new ConnectionId("prod"));
        Connection connection = Connection.builder(ref, "salesforce", URI.create("https://acme.my.salesforce.com"))
                .build();
        OAuthTokens tokens = OAuthTokens.builder(Instant.parse("2026-11-28T12:00:00Z"))
                .refreshToken(Secret.of("refresh"))
                .instanceUrl(URI.create("https://acme--eu12.my.salesforce.com"))
                .build();

        try (CrosswalkDatabase database = CrosswalkDatabase.open(hostPool, KEY)) {
            database.tenants().createTenant(tenant, "Acme");
            database.connections().save(connection);
            database.tokens().save(ref, tokens);
            database.mappingOverrides()
                    .append(OverrideScope.connection(connection), UnifiedObject.CONTACT, "response: {}\n", 0);
            try (var lease = database.locks().acquire(ref, Duration.ofSeconds(5))) {
                assertThat(database.tokens().load(ref)).contains(tokens);
            }
            assertThat(database.connections().find(ref)).contains(connection);
            assertThat(database.mappingOverrides().current(OverrideScope.connection(connection),
                    UnifiedObject.CONTACT)).isPresent();
        }
    }

    @Test
    void leavesTheHostsPoolOpenAndItsDataInPlaceWhenClosed() throws SQLException {
        TenantId tenant = new TenantId("acme");
        CrosswalkDatabase.open(hostPool, KEY).close();
        try (CrosswalkDatabase first = CrosswalkDatabase.open(hostPool, KEY)) {
            first.tenants().createTenant(tenant, "Acme");
            first.tenants().addApiKeyHash(tenant, "a".repeat(64));
        }

        assertThat(hostPool.isClosed()).isFalse();
        try (java.sql.Connection borrowed = hostPool.getConnection();
                Statement statement = borrowed.createStatement();
                ResultSet row = statement.executeQuery("select count(*) from tenants")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getInt(1)).isEqualTo(1);
        }
        try (CrosswalkDatabase reopened = CrosswalkDatabase.open(hostPool, KEY)) {
            assertThat(reopened.tenants().findTenantByApiKeyHash("a".repeat(64))).contains(tenant);
        }
    }
}
