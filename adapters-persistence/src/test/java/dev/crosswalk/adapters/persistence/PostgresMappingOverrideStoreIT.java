package dev.crosswalk.adapters.persistence;

class PostgresMappingOverrideStoreIT extends MappingOverrideStoreContract {

    @Override
    TestDatabase createTestDatabase() {
        return new PostgresTestDatabase();
    }
}
