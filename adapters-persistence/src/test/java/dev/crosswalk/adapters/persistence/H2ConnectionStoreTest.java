package dev.crosswalk.adapters.persistence;

class H2ConnectionStoreTest extends ConnectionStoreContract {

    @Override
    TestDatabase createTestDatabase() {
        return new H2TestDatabase();
    }
}
