package dev.crosswalk.server;

import dev.crosswalk.adapters.persistence.DatabaseSettings;
import dev.crosswalk.adapters.persistence.TokenEncryptionKey;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Every way of connecting an org, on the embedded H2 database, as the demo and a first install run. */
class ConnectFlowsTest extends ConnectFlowsContract {

    @TempDir
    static Path dataDirectory;

    @Override
    DatabaseSettings database(TokenEncryptionKey key) {
        return DatabaseSettings.h2File(dataDirectory, key);
    }
}
