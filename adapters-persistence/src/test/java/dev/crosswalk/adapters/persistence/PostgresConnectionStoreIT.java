package dev.crosswalk.adapters.persistence;

class PostgresConnectionStoreIT extends ConnectionStoreContract {

    @Override
    TestDatabase createTestDatabase() {
        return new PostgresTestDatabase();
    }
}
