package dev.crosswalk.adapters.persistence;

class H2EventsAndWebhooksTest extends EventsAndWebhooksContract {

    @Override
    TestDatabase createTestDatabase() {
        return new H2TestDatabase();
    }
}
