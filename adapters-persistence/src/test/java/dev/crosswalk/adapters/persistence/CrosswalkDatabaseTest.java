package dev.crosswalk.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

class CrosswalkDatabaseTest {

    private static final TokenEncryptionKey KEY = TokenEncryptionKey.generate();

    @Test
    void keepsDataInAnH2FileAcrossRestarts(@TempDir Path directory) {
        TenantId tenant = new TenantId("acme");
        ConnectionRef ref = new ConnectionRef(tenant, new ConnectionId("prod"));
        Connection connection = Connection.builder(ref, "salesforce", URI.create("https://acme.my.salesforce.com"))
                .build();
        OAuthTokens tokens = OAuthTokens.builder(Instant.EPOCH)
                .accessToken(Secret.of("access"))
                .refreshToken(Secret.of("refresh"))
                .build();
        try (CrosswalkDatabase database = CrosswalkDatabase.open(DatabaseSettings.h2File(directory, KEY))) {
            database.tenants().createTenant(tenant, "Acme");
            database.connections().save(connection);
            database.tokens().save(connection.ref(), tokens);
        }

        try (CrosswalkDatabase reopened = CrosswalkDatabase.open(DatabaseSettings.h2File(directory, KEY))) {
            assertThat(reopened.connections().find(connection.ref())).contains(connection);
            assertThat(reopened.tokens().load(connection.ref())).contains(tokens);
        }
        assertThat(directory.resolve("crosswalk.mv.db")).exists();
    }

    @Test
    void saysInOneSentenceWhenTheDataFolderCannotBeCreated(@TempDir Path directory) throws Exception {
        Path file = Files.writeString(directory.resolve("not-a-folder"), "x");

        assertThatThrownBy(() -> CrosswalkDatabase.open(DatabaseSettings.h2File(file.resolve("data"),
                TokenEncryptionKey.generate())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("cannot create the data folder " + file.resolve("data"))
                .hasNoCause();
        assertThatThrownBy(() -> CrosswalkDatabase.open(DatabaseSettings.h2File(file, TokenEncryptionKey.generate())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("cannot create the data folder " + file);
    }

    @Test
    void opensWithoutAUsernameWhenTheUrlNeedsNone() {
        String url = DatabaseSettings.h2InMemory("without_username", KEY).jdbcUrl();

        try (CrosswalkDatabase database = CrosswalkDatabase.open(new DatabaseSettings(url, null, null, KEY))) {
            assertThat(database.tenants().findTenantByApiKeyHash("0".repeat(64))).isEmpty();
        }
    }

    @Test
    void refusesAUrlOfAnotherDatabase() {
        var settings = new DatabaseSettings("jdbc:mysql://db/crosswalk?password=hunter2", "root", null, KEY);

        assertThatThrownBy(() -> CrosswalkDatabase.open(settings))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:mysql://db/crosswalk")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void failsClearlyWhenTheDatabaseCannotBeReached() {
        var settings = new DatabaseSettings("jdbc:postgresql://127.0.0.1:1/crosswalk", "crosswalk", null, KEY);

        assertThatThrownBy(() -> CrosswalkDatabase.open(settings))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot connect")
                .hasMessageContaining("jdbc:postgresql://127.0.0.1:1/crosswalk");
    }

    @Test
    void toleratesBeingClosedTwice() {
        CrosswalkDatabase database = CrosswalkDatabase.open(DatabaseSettings.h2InMemory("closed_twice", KEY));

        database.close();
        database.close();

        ConnectionRef ref = new ConnectionRef(new TenantId("acme"), new ConnectionId("prod"));
        assertThatThrownBy(() -> database.connections().find(ref)).isInstanceOf(DataAccessException.class);
    }

    @Test
    void refusesAnH2DataSourceWithoutPostgresModeAndLowerCaseNames() {
        JdbcDataSource plainH2 = new JdbcDataSource();
        plainH2.setURL("jdbc:h2:mem:plain_h2;DB_CLOSE_DELAY=-1;PASSWORD=hunter2");

        assertThatThrownBy(() -> CrosswalkDatabase.open(plainH2, KEY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:h2:mem:plain_h2")
                .hasMessageContaining("MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void refusesADataSourceThatHandsOutConnectionsWithoutAutoCommit() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(DatabaseSettings.h2InMemory("without_auto_commit", KEY).jdbcUrl());
        config.setAutoCommit(false);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            assertThatThrownBy(() -> CrosswalkDatabase.open(pool, KEY))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("auto-commit");
        }
    }

    @Test
    void failsClearlyWhenTheHostsDataSourceCannotConnect() {
        PGSimpleDataSource unreachable = new PGSimpleDataSource();
        unreachable.setServerNames(new String[] {"127.0.0.1"});
        unreachable.setPortNumbers(new int[] {1});
        unreachable.setDatabaseName("crosswalk");

        assertThatThrownBy(() -> CrosswalkDatabase.open(unreachable, KEY))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot reach");
    }
}
