package dev.crosswalk.adapters.persistence;

class PostgresConnectionLocksIT extends ConnectionLocksContract {

    @Override
    TestDatabase createTestDatabase() {
        return new PostgresTestDatabase();
    }
}
