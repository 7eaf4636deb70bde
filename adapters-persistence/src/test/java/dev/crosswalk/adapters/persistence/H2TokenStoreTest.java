package dev.crosswalk.adapters.persistence;

class H2TokenStoreTest extends TokenStoreContract {

    @Override
    TestDatabase createTestDatabase() {
        return new H2TestDatabase();
    }
}
