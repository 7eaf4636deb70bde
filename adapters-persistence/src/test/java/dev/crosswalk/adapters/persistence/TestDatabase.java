package dev.crosswalk.adapters.persistence;

/** An empty database that exists for one test class and is dropped afterwards. */
interface TestDatabase extends AutoCloseable {

    /** @return settings reaching this database, always the same one, with the given token key */
    DatabaseSettings settings(TokenEncryptionKey key);

    /** Drops the database; call after closing every {@link CrosswalkDatabase} opened on it. */
    @Override
    void close();
}
