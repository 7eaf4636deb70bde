package dev.crosswalk.adapters.persistence;

class PostgresSchemaMigrationIT extends SchemaMigrationContract {

    @Override
    TestDatabase createTestDatabase() {
        return new PostgresTestDatabase();
    }
}
