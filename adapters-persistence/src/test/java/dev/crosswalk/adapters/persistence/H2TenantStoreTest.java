package dev.crosswalk.adapters.persistence;

class H2TenantStoreTest extends TenantStoreContract {

    @Override
    TestDatabase createTestDatabase() {
        return new H2TestDatabase();
    }
}
