package dev.crosswalk.adapters.persistence;

class PostgresHostDataSourceIT extends HostDataSourceContract {

    @Override
    TestDatabase createTestDatabase() {
        return new PostgresTestDatabase();
    }
}
