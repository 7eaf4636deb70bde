package dev.crosswalk.adapters.persistence;

class PostgresJobSchedulerIT extends JobSchedulerContract {

    @Override
    TestDatabase createTestDatabase() {
        return new PostgresTestDatabase();
    }
}
