package dev.crosswalk.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.Secret;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    private static final TokenEncryptionKey KEY = TokenEncryptionKey.generate();

    @Test
    void pointsAnH2FileDatabaseIntoTheDirectoryWithPostgresCompatibleFlags() {
        DatabaseSettings settings = DatabaseSettings.h2File(Path.of("/var/lib/crosswalk"), KEY);

        assertThat(settings.jdbcUrl())
                .isEqualTo("jdbc:h2:file:/var/lib/crosswalk/crosswalk;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE");
        assertThat(settings.password()).isNull();
    }

    @Test
    void keepsANamedInMemoryDatabaseAliveBetweenConnections() {
        assertThat(DatabaseSettings.h2InMemory("node_test", KEY).jdbcUrl())
                .startsWith("jdbc:h2:mem:node_test;MODE=PostgreSQL;")
                .endsWith(";DB_CLOSE_DELAY=-1");
    }

    @Test
    void rejectsAnInMemoryNameThatWouldBreakTheUrl() {
        assertThatThrownBy(() -> DatabaseSettings.h2InMemory("x;INIT=RUNSCRIPT", KEY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void masksThePasswordAndTheKeyWhenPrinted() {
        var settings = new DatabaseSettings("jdbc:postgresql://db/crosswalk", "crosswalk", Secret.of("hunter2"), KEY);

        assertThat(settings.toString()).doesNotContain("hunter2").doesNotContain(KEY.toBase64());
    }
}
