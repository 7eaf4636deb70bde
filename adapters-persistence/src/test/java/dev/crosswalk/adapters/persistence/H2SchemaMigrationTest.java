package dev.crosswalk.adapters.persistence;

class H2SchemaMigrationTest extends SchemaMigrationContract {

    @Override
    TestDatabase createTestDatabase() {
        return new H2TestDatabase();
    }
}
