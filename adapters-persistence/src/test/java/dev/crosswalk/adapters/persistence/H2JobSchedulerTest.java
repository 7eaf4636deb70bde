package dev.crosswalk.adapters.persistence;

class H2JobSchedulerTest extends JobSchedulerContract {

    @Override
    TestDatabase createTestDatabase() {
        return new H2TestDatabase();
    }
}
