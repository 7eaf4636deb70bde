package dev.crosswalk.adapters.persistence;

class H2ConnectionLocksTest extends ConnectionLocksContract {

    @Override
    TestDatabase createTestDatabase() {
        return new H2TestDatabase();
    }
}
