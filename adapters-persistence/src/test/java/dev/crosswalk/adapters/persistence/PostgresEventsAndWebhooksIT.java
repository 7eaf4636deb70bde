package dev.crosswalk.adapters.persistence;

class PostgresEventsAndWebhooksIT extends EventsAndWebhooksContract {

    @Override
    TestDatabase createTestDatabase() {
        return new PostgresTestDatabase();
    }
}
