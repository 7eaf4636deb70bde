package dev.crosswalk.adapters.persistence;

class H2MappingOverrideStoreTest extends MappingOverrideStoreContract {

    @Override
    TestDatabase createTestDatabase() {
        return new H2TestDatabase();
    }
}
