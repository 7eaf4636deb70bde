package dev.crosswalk.adapters.persistence;

class PostgresTokenStoreIT extends TokenStoreContract {

    @Override
    TestDatabase createTestDatabase() {
        return new PostgresTestDatabase();
    }
}
