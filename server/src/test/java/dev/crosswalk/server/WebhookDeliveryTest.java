package dev.crosswalk.server;

import dev.crosswalk.adapters.persistence.DatabaseSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Webhook delivery by one node on the embedded H2 database. */
class WebhookDeliveryTest extends WebhookDeliveryContract {

    @TempDir
    Path dataDirectory;

    @Override
    DatabaseSettings database() {
        return DatabaseSettings.h2File(dataDirectory, KEY);
    }
}
