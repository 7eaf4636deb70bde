package dev.crosswalk.adapters.persistence;

class PostgresTenantStoreIT extends TenantStoreContract {

    @Override
    TestDatabase createTestDatabase() {
        return new PostgresTestDatabase();
    }
}
