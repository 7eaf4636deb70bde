package dev.crosswalk.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.adapters.persistence.TokenCipher.Role;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Databases created by an earlier release keep their data when a newer one migrates them. */
abstract class SchemaMigrationContract {

    private static final TokenEncryptionKey KEY = TokenEncryptionKey.generate();
    private static final Instant ISSUED = Instant.parse("2026-11-28T12:00:00.123456Z");

    private TestDatabase testDatabase;

    /** @return a new empty database of the kind this subclass tests */
    abstract TestDatabase createTestDatabase();

    @BeforeEach
    final void createDatabase() {
        testDatabase = createTestDatabase();
    }

    @AfterEach
    final void dropDatabase() {
        testDatabase.close();
    }

    @Test
    void readsTokensStoredBeforeTokensHadAnInstanceUrl() throws SQLException {
        ConnectionRef ref = new ConnectionRef(new TenantId("acme"), new ConnectionId("prod"));
        TokenCipher cipher = new TokenCipher(KEY);
        String access = cipher.encrypt(Secret.of("access-from-0.0"), ref, Role.ACCESS_TOKEN);
        String refresh = cipher.encrypt(Secret.of("refresh-from-0.0"), ref, Role.REFRESH_TOKEN);
        migrateTo("2");
        execute("insert into tenants (id, display_name, created_at) values ('acme', 'Acme', current_timestamp)");
        execute("insert into connections (tenant_id, connection_id, connector_kind, instance_url, status, settings,"
                + " created_at, updated_at) values ('acme', 'prod', 'salesforce', 'https://acme.my.salesforce.com',"
                + " 'ACTIVE', '{}', current_timestamp, current_timestamp)");
        execute("insert into connection_tokens (tenant_id, connection_id, access_token_ciphertext,"
                + " refresh_token_ciphertext, issued_at, expires_at, updated_at)"
                + " values ('acme', 'prod', ?, ?, ?, null, current_timestamp)", access, refresh, ISSUED);

        try (CrosswalkDatabase database = CrosswalkDatabase.open(testDatabase.settings(KEY))) {
            assertThat(database.tokens().load(ref)).contains(OAuthTokens.builder(ISSUED)
                    .accessToken(Secret.of("access-from-0.0"))
                    .refreshToken(Secret.of("refresh-from-0.0"))
                    .build());
            assertThat(database.connections().find(ref)).isPresent();
        }
    }

    private void migrateTo(String version) {
        DatabaseSettings settings = testDatabase.settings(KEY);
        Flyway.configure()
                .dataSource(settings.jdbcUrl(), settings.username(), null)
                .locations("classpath:db/migration")
                .target(version)
                .load()
                .migrate();
    }

    private void execute(String sql, Object... parameters) throws SQLException {
        DatabaseSettings settings = testDatabase.settings(KEY);
        try (var connection = DriverManager.getConnection(settings.jdbcUrl(), settings.username(), "");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object value = parameters[i];
                statement.setObject(i + 1, value instanceof Instant instant
                        ? instant.atOffset(ZoneOffset.UTC) : value);
            }
            statement.executeUpdate();
        }
    }
}
