package dev.crosswalk.server;

import dev.crosswalk.adapters.persistence.DatabaseSettings;
import dev.crosswalk.adapters.persistence.TokenEncryptionKey;

/** Every way of connecting an org, on PostgreSQL, as production runs. */
class ConnectFlowsIT extends ConnectFlowsContract {

    private ThrowawayPostgres postgres;

    @Override
    DatabaseSettings database(TokenEncryptionKey key) {
        postgres = new ThrowawayPostgres();
        return new DatabaseSettings(postgres.url(), ThrowawayPostgres.USER, null, key);
    }

    @Override
    void dropDatabase() {
        if (postgres != null) {
            postgres.close();
        }
    }
}
