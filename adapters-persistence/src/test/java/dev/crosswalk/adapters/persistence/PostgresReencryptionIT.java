package dev.crosswalk.adapters.persistence;

class PostgresReencryptionIT extends ReencryptionContract {

    @Override
    TestDatabase createTestDatabase() {
        return new PostgresTestDatabase();
    }
}
