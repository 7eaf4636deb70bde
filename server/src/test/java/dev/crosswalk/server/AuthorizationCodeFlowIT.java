package dev.crosswalk.server;

import dev.crosswalk.adapters.persistence.DatabaseSettings;
import dev.crosswalk.adapters.persistence.TokenEncryptionKey;

/** The authorization-code flow on PostgreSQL, as production runs. */
class AuthorizationCodeFlowIT extends AuthorizationCodeFlowContract {

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
