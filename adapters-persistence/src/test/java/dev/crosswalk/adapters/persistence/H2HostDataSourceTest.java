package dev.crosswalk.adapters.persistence;

class H2HostDataSourceTest extends HostDataSourceContract {

    @Override
    TestDatabase createTestDatabase() {
        return new H2TestDatabase();
    }
}
