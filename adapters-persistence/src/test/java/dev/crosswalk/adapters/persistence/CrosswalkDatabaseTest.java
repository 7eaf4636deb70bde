package dev.crosswalk.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.ConnectionStatus;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrosswalkDatabaseTest {

    private static final TokenEncryptionKey KEY = TokenEncryptionKey.generate();

    @Test
    void keepsDataInAnH2FileAcrossRestarts(@TempDir Path directory) {
        TenantId tenant = new TenantId("acme");
        Connection connection = new Connection(new ConnectionId("prod"), tenant, "salesforce",
                URI.create("https://acme.my.salesforce.com"), ConnectionStatus.ACTIVE, Map.of());
        OAuthTokens tokens = new OAuthTokens(Secret.of("access"), Secret.of("refresh"), Instant.EPOCH, null);
        try (CrosswalkDatabase database = CrosswalkDatabase.open(DatabaseSettings.h2File(directory, KEY))) {
            database.tenants().createTenant(tenant, "Acme");
            database.connections().save(connection);
            database.tokens().save(connection.ref(), tokens);
        }

        try (CrosswalkDatabase reopened = CrosswalkDatabase.open(DatabaseSettings.h2File(directory, KEY))) {
            assertThat(reopened.connections().find(connection.ref())).contains(connection);
            assertThat(reopened.tokens().load(connection.ref()).orElseThrow().refreshToken())
                    .isEqualTo(Secret.of("refresh"));
        }
        assertThat(directory.resolve("crosswalk.mv.db")).exists();
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
}
