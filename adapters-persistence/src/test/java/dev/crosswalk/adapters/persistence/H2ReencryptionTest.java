package dev.crosswalk.adapters.persistence;

class H2ReencryptionTest extends ReencryptionContract {

    @Override
    TestDatabase createTestDatabase() {
        return new H2TestDatabase();
    }
}
