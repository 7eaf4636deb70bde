package dev.crosswalk.adapters.persistence;

class H2AuthorizationStoreTest extends AuthorizationStoreContract {

    @Override
    TestDatabase createTestDatabase() {
        return new H2TestDatabase();
    }
}
