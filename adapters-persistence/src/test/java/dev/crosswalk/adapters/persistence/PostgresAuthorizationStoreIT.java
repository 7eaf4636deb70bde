package dev.crosswalk.adapters.persistence;

class PostgresAuthorizationStoreIT extends AuthorizationStoreContract {

    @Override
    TestDatabase createTestDatabase() {
        return new PostgresTestDatabase();
    }
}
